import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

/** The resident's (or acted-for person's) upcoming and past bookings: `bookings.mine`. */
export function useMyBookings() {
  const trpc = useTRPC();
  return useQuery(trpc.bookings.mine.queryOptions(undefined, { retry: retryUnlessRefused }));
}

/** After a change, the lists, the booking itself and the freed time are all read again. */
function useRefreshAfterChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.bookings.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.freeTimes.pathKey() }),
    ]);
}

/** Cancels a booking (`bookings.cancel`). */
export function useCancelBooking() {
  const trpc = useTRPC();
  const refresh = useRefreshAfterChange();
  return useMutation(trpc.bookings.cancel.mutationOptions({ onSuccess: refresh }));
}

/** Moves a booking to another free time of the same service (`bookings.reschedule`). */
export function useRescheduleBooking() {
  const trpc = useTRPC();
  const refresh = useRefreshAfterChange();
  return useMutation(trpc.bookings.reschedule.mutationOptions({ onSuccess: refresh }));
}
