import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

/** The resident's (or the acted-for person's) reminder settings: `preferences.get`. */
export function usePreferences() {
  const trpc = useTRPC();
  return useQuery(trpc.preferences.get.queryOptions(undefined, { retry: retryUnlessRefused }));
}

/** Saves them (`preferences.update`); the answer becomes the cached settings. */
export function useSavePreferences() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.preferences.update.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.preferences.get.queryKey(), saved),
    }),
  );
}
