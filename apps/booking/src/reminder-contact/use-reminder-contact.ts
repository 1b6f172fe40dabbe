import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

/** The signed-in resident's own number and address for reminders: `reminderContact.get`. */
export function useReminderContact() {
  const trpc = useTRPC();
  return useQuery(trpc.reminderContact.get.queryOptions(undefined, { retry: retryUnlessRefused }));
}

/** Saves them (`reminderContact.update`); the answer becomes the cached contact. */
export function useSaveReminderContact() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reminderContact.update.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.reminderContact.get.queryKey(), saved),
    }),
  );
}
