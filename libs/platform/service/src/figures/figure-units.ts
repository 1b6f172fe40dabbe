import type { StaffAccess } from '../access/staff-access';

/**
 * The units a figures request covers: those asked, each one the caller must hold an accepted role in
 * (FORBIDDEN otherwise), or without a list every unit they hold one in.
 */
export async function figureUnitsOf(access: StaffAccess, asked?: readonly string[]): Promise<string[]> {
  if (!asked) return [...new Set(access.staffRoles.map((held) => held.unitId))];
  const unitIds = [...new Set(asked)];
  for (const unitId of unitIds) await access.requireUnit(unitId);
  return unitIds;
}
