// The check behind staffProcedure(roles): a signed-in staff member holding one of the roles somewhere, and
// then, per unit the procedure touches, holding it in that unit (a nurse of one centre is not a nurse of
// another). Deny by default.
import type { AuditContext } from '@asiointi/platform-audit';
import type { RoleInUnit, StaffPrincipal, StaffRole } from '@asiointi/platform-auth';
import { forbidden, unauthenticated } from '../auth/access-errors';
import type { ServiceContext } from '../trpc/service-context';
import { staffAuditActor } from './audit-actors';
import { type DeniedAccessRecorder, recordRefusal } from './denied-access';
import { type ProcedureCall, refusedEntryOf } from './procedure-call';

export interface StaffUnitAccess {
  role: StaffRole;
  unitId: string;
  /** The request and actor (with this role and unit) for the audit log. */
  auditContext: AuditContext;
}

/** What a staff procedure's context gains. */
export interface StaffAccess {
  staff: StaffPrincipal;
  /** The caller's roles among those the procedure accepts, each with its unit. */
  staffRoles: readonly RoleInUnit[];
  /**
   * FORBIDDEN unless the caller holds an accepted role in the unit. Name the person when the unit's data
   * is a person's, so that a refusal is written to their audit trail.
   */
  requireUnit(unitId: string, refusal?: { subjectPerson: string }): Promise<StaffUnitAccess>;
}

export function authorizeStaff<TContext extends ServiceContext>(
  ctx: TContext,
  roles: StaffRole | readonly StaffRole[],
  call: ProcedureCall,
  recordDenied?: DeniedAccessRecorder<TContext>,
): StaffAccess {
  const { principal, requestId } = ctx;
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'staff') throw forbidden();
  const accepted: readonly StaffRole[] = typeof roles === 'string' ? [roles] : roles;
  const staffRoles = principal.roles.filter((held) => accepted.includes(held.role));
  if (staffRoles.length === 0) throw forbidden();

  return {
    staff: principal,
    staffRoles,
    async requireUnit(unitId, refusal) {
      const held = staffRoles.find((candidate) => candidate.unitId === unitId);
      if (held) {
        return {
          role: held.role,
          unitId,
          auditContext: { requestId, actor: staffAuditActor(principal, held) },
        };
      }
      if (refusal) {
        const auditContext = { requestId, actor: staffAuditActor(principal, undefined) };
        await recordRefusal(recordDenied, ctx, auditContext, refusedEntryOf(call, refusal.subjectPerson));
      }
      throw forbidden();
    },
  };
}
