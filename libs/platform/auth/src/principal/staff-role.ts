// Staff roles. A role is always held in a unit (toimipiste): a nurse of one health station is not a nurse
// of another, so authorisation checks the pair.
import { z } from 'zod';

export const STAFF_ROLES = [
  'booking-admin',
  'nurse',
  'family-centre-worker',
  'work-ability-professional',
  'feedback-analyst',
  'manager',
] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const roleInUnitSchema = z.object({ role: staffRoleSchema, unitId: z.uuid() });
export type RoleInUnit = z.infer<typeof roleInUnitSchema>;

/**
 * Reads a roles claim, keeping the entries this version knows. A role added at the identity provider
 * before the services learn it grants nothing instead of locking the person out.
 */
export const staffRolesClaimSchema = z
  .array(z.unknown())
  .transform((entries) =>
    entries.flatMap((entry) => {
      const parsed = roleInUnitSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    }),
  );
