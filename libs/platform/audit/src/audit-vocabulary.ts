// The words of the audit log. They are stored as text with check constraints, so adding one needs a
// migration in every service; the resident's "who has handled my data" page shows them translated.
import { z } from 'zod';

/** In what capacity the actor acted: for themself, for a child, under a mandate, as staff, or the system itself. */
export const AUDIT_ACTOR_KINDS = ['self', 'guardian', 'mandate-holder', 'staff', 'system'] as const;
export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete'] as const;
/** A refusal is logged too: someone asked for a person's data and was not allowed it. */
export const AUDIT_OUTCOMES = ['success', 'denied'] as const;

export const auditActorKindSchema = z.enum(AUDIT_ACTOR_KINDS);
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export const auditOutcomeSchema = z.enum(AUDIT_OUTCOMES);

export type AuditActorKind = z.infer<typeof auditActorKindSchema>;
export type AuditAction = z.infer<typeof auditActionSchema>;
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;
