// Input and output of `audit.myDataEvents`, the same on every service (the shell lists them side by side).
import { z } from 'zod';
import { AUDIT_ACTOR_KINDS, auditActionSchema, auditOutcomeSchema } from '../audit-vocabulary';
import { auditLabelsSchema } from './audit-labels';
import { eventCursorSchema } from './event-cursor';

export const MY_DATA_EVENTS_DEFAULT_LIMIT = 50;
export const MY_DATA_EVENTS_MAX_LIMIT = 100;

export const myDataEventsInputSchema = z
  .object({
    limit: z.number().int().min(1).max(MY_DATA_EVENTS_MAX_LIMIT).default(MY_DATA_EVENTS_DEFAULT_LIMIT),
    /** nextCursor of the previous page. */
    before: eventCursorSchema.optional(),
  })
  .strict()
  .prefault({});
export type MyDataEventsInput = z.input<typeof myDataEventsInputSchema>;

/**
 * Who acted, as the person whose data it is reads it: the kinds the log stores, and "another person"
 * for a resident who was neither them nor acting for them (say, someone trying to open their booking).
 */
export const dataEventActorKindSchema = z.enum([...AUDIT_ACTOR_KINDS, 'another-person']);
export type DataEventActorKind = z.infer<typeof dataEventActorKindSchema>;

/** Staff appear by role and unit only, residents by their relation: never by name or subject. */
export const dataEventActorSchema = z.object({
  kind: dataEventActorKindSchema,
  role: z.string().nullable(),
  unitId: z.string().nullable(),
});

export const dataEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  service: z.string(),
  actor: dataEventActorSchema,
  action: auditActionSchema,
  resource: z.string(),
  purpose: z.string(),
  outcome: auditOutcomeSchema,
});
export type DataEvent = z.infer<typeof dataEventSchema>;

export const myDataEventsOutputSchema = z.object({
  events: z.array(dataEventSchema),
  nextCursor: z.string().nullable(),
  /** The service's words (fi/sv/en) for the resource types and purposes on this page. */
  labels: auditLabelsSchema,
});
export type MyDataEventsOutput = z.infer<typeof myDataEventsOutputSchema>;
