import type { RemoteAuth, StaffRoleInUnit } from '@asiointi/platform-federation/auth';

/** Roles that open the booking module's staff pages; the service still checks each call. */
export const bookingStaffRoles: readonly string[] = [
  'booking-admin',
  'nurse',
  'manager',
  'work-ability-professional',
];

/**
 * The signed-in staff member's booking roles, as the shell gives them. They only pick the units and
 * sections to offer: the service verifies the token and decides every call.
 */
export function bookingRolesOf(auth: Pick<RemoteAuth, 'staffRoles'>): StaffRoleInUnit[] {
  return auth.staffRoles.filter(({ role }) => bookingStaffRoles.includes(role));
}
