import { useQuery } from '@tanstack/react-query';
import { retryUnlessRefused } from '@asiointi/platform-client';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { useTRPC } from '../api/trpc';
import { bookingRolesOf } from './staff-roles';

/**
 * The units the staff member holds a booking role in, as the service names them (also units booking has
 * no services in yet). Not asked for someone without a booking role: the service would refuse.
 */
export function useMyUnits(auth: Pick<RemoteAuth, 'staffRoles'>) {
  const trpc = useTRPC();
  const hasBookingRole = bookingRolesOf(auth).length > 0;
  const query = useQuery(
    trpc.units.mine.queryOptions(undefined, { retry: retryUnlessRefused, enabled: hasBookingRole }),
  );
  return { hasBookingRole, query };
}
