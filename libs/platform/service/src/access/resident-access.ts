// The check behind residentProcedure(scope): a signed-in resident, working on their own data or on that
// of a person the relations service lets them act for in this scope. Deny by default.
import type { AuditActor, AuditContext } from '@asiointi/platform-audit';
import type { ResidentPrincipal } from '@asiointi/platform-auth';
import type { ActingScope } from '@asiointi/platform-auth/guardianship';
import { actingForNotAllowed, forbidden, unauthenticated } from '../auth/access-errors';
import type { ServiceContext } from '../trpc/service-context';
import { residentAuditActor } from './audit-actors';
import { type DeniedAccessRecorder, recordRefusal } from './denied-access';
import { type ProcedureCall, refusedEntryOf } from './procedure-call';
import type { SubjectPerson } from './subject-person';

/** What a resident procedure's context gains. */
export interface ResidentAccess {
  resident: ResidentPrincipal;
  subjectPerson: SubjectPerson;
  /** The request and actor for the audit log (acting-for included). */
  auditContext: AuditContext;
}

function grant(resident: ResidentPrincipal, subjectPerson: SubjectPerson, requestId: string): ResidentAccess {
  return {
    resident,
    subjectPerson,
    auditContext: { requestId, actor: residentAuditActor(resident, subjectPerson) },
  };
}

export async function authorizeResident<TContext extends ServiceContext>(
  ctx: TContext,
  scope: ActingScope,
  call: ProcedureCall,
  recordDenied?: DeniedAccessRecorder<TContext>,
): Promise<ResidentAccess> {
  const { principal, actingFor, requestId } = ctx;
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'resident') throw forbidden();

  const { requested } = actingFor;
  if (requested.kind === 'malformed') {
    ctx.log.info({ scope }, 'X-Acting-For does not name a subject');
    throw actingForNotAllowed();
  }
  if (requested.kind === 'none' || requested.subject === principal.subject) {
    return grant(
      principal,
      { subject: principal.subject, relation: 'self', name: principal.name },
      requestId,
    );
  }

  const decision = await actingFor.decide(scope);
  if (decision.allowed) {
    const { relation, name } = decision;
    return grant(principal, { subject: requested.subject, relation, ...(name ? { name } : {}) }, requestId);
  }

  // A refusal goes into the requested person's own trail when the relations service names a relation
  // (a 14-year-old who has not allowed it sees that their guardian was refused). Without one (no relation,
  // or one it hides, such as a child with a non-disclosure marking) the row keeps the person only as
  // acting_for_subject, and the actor acted in no capacity but their own.
  const actor: AuditActor = {
    subject: principal.subject,
    kind: decision.relation ?? 'self',
    role: null,
    unitId: null,
    actingForSubject: requested.subject,
  };
  const subjectPerson = decision.relation ? requested.subject : null;
  await recordRefusal(recordDenied, ctx, { requestId, actor }, refusedEntryOf(call, subjectPerson));
  ctx.log.info({ scope, reason: decision.reason }, 'acting on behalf refused');
  throw actingForNotAllowed();
}
