import { useQuery } from '@tanstack/react-query';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

/** One of the resident's (or the acted-for person's) bookings: `bookings.get`. */
export function useBooking(bookingId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.bookings.get.queryOptions({ bookingId }, { retry: retryUnlessRefused }));
}
