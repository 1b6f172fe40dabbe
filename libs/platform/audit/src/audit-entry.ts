// What a service tells the audit writer. People appear only as OIDC subjects: never a name, never an
// identity code (the subject is a pseudonym the identity provider keeps stable).
import type { AuditAction, AuditActorKind } from './audit-vocabulary';

export interface AuditActor {
  /** The actor's OIDC subject; null only for the system itself. */
  subject: string | null;
  kind: AuditActorKind;
  /** Staff: the role the action was allowed under, and the unit it is held in. */
  role: string | null;
  unitId: string | null;
  /** A resident acting for another person: that person's subject. */
  actingForSubject: string | null;
}

/** The request and the actor, as a procedure's context provides them. */
export interface AuditContext {
  requestId: string;
  actor: AuditActor;
}

/** What was done to which data and why. */
export interface AuditEntry {
  action: AuditAction;
  /** A kind of record, e.g. "resident-preferences"; shown to the resident. */
  resourceType: string;
  resourceId?: string | null;
  /** Why, as a stable code, e.g. "resident-self-service"; shown to the resident. */
  purpose: string;
  /** The OIDC subject of the person whose data it is; null when no person's data is involved. */
  subjectPerson: string | null;
}

/** Work the service does on its own (a scheduled job), not on anyone's request. */
export const systemAuditActor: AuditActor = {
  subject: null,
  kind: 'system',
  role: null,
  unitId: null,
  actingForSubject: null,
};
