import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';

/**
 * Books a time (`bookings.book`). The caller sends the same idempotency key on every retry of one
 * attempt, so the service returns the first booking instead of making a second one.
 */
export function useBookTime() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.bookings.book.mutationOptions({
      onSuccess: async (booking) => {
        queryClient.setQueryData(trpc.bookings.get.queryKey({ bookingId: booking.id }), booking);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.bookings.mine.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.freeTimes.pathKey() }),
        ]);
      },
    }),
  );
}
