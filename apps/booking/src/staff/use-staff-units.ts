import type { Unit } from '@asiointi/booking-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { bookingRolesOf } from './staff-roles';
import { useAllUnits } from './use-staff-queries';

export type StaffUnitsState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | {
      status: 'ready';
      units: Unit[];
      /** The booking roles held in each of those units. */
      rolesIn: (unitId: string) => string[];
    };

/** The booking units the staff member holds a booking role in, in the service's order. */
export function useStaffUnits(auth: Pick<RemoteAuth, 'staffRoles'>): StaffUnitsState {
  const roles = bookingRolesOf(auth);
  const units = useAllUnits();
  if (units.isError) return { status: 'error', error: units.error, retry: () => void units.refetch() };
  if (units.isPending) return { status: 'loading' };
  const rolesIn = (unitId: string) => roles.filter((held) => held.unitId === unitId).map(({ role }) => role);
  return { status: 'ready', units: units.data.filter(({ id }) => rolesIn(id).length > 0), rolesIn };
}
