import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

/** The time and unit a reminder's cancel link points to (`reminderLink.view`), no sign-in needed. */
export function useReminderLink(token: string) {
  const trpc = useTRPC();
  return useQuery(trpc.reminderLink.view.queryOptions({ token }, { retry: retryUnlessRefused }));
}

/** Cancels through the link (`reminderLink.cancel`); the shown booking is read again afterwards. */
export function useCancelByReminderLink(token: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reminderLink.cancel.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.reminderLink.view.queryKey({ token }) }),
    }),
  );
}
