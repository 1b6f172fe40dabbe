import { bookingStaffRoles } from '@asiointi/booking-contract';
import type { RemoteAuth, StaffRoleInUnit } from '@asiointi/platform-federation/auth';

/**
 * The signed-in staff member's booking roles, as the shell gives them. They only pick the units and
 * sections to offer: the service verifies the token and decides every call.
 */
export function bookingRolesOf(auth: Pick<RemoteAuth, 'staffRoles'>): StaffRoleInUnit[] {
  // Roles that open the booking module's staff pages (any list of the contract's bookingStaffAccess).
  return auth.staffRoles.filter(({ role }) => (bookingStaffRoles as readonly string[]).includes(role));
}
