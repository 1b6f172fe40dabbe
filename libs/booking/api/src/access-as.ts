// A resident procedure's access as it would be had the resident acted for this person (or for themself):
// whose data it is and the actor its audit rows name. For work on someone other than X-Acting-For names.
import { residentAuditActor, type ResidentAccess, type SubjectPerson } from '@asiointi/platform-service';

export function accessAs(ctx: ResidentAccess, person: SubjectPerson): ResidentAccess {
  return {
    resident: ctx.resident,
    subjectPerson: person,
    auditContext: { ...ctx.auditContext, actor: residentAuditActor(ctx.resident, person) },
  };
}

/** The resident acting for themself, whoever X-Acting-For names. */
export function ownAccess(ctx: ResidentAccess): ResidentAccess {
  return accessAs(ctx, { subject: ctx.resident.subject, relation: 'self', name: ctx.resident.name });
}
