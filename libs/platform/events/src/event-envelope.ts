import { z } from 'zod';

/** `<module>.<entity>.<what happened>`: lower-case dotted tokens, also valid as NATS subject tokens. */
export const eventTypePattern = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

const jsonObjectSchema = z.record(z.string(), z.json());

export type JsonObject = z.infer<typeof jsonObjectSchema>;

/** What travels on the bus: the outbox row's id is the event id, the key consumers de-duplicate by. */
export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(eventTypePattern),
  source: z.string().min(1).max(63),
  occurredAt: z.iso.datetime({ offset: true }),
  payload: jsonObjectSchema,
});

export interface EventEnvelope<TPayload extends JsonObject = JsonObject> {
  id: string;
  type: string;
  /** The module that emitted the event (by default the schema that owns its outbox). */
  source: string;
  /** ISO 8601 instant in UTC. */
  occurredAt: string;
  payload: TPayload;
}

/** Validates an envelope read from the wire; throws a ZodError on anything else. */
export function parseEventEnvelope(value: unknown): EventEnvelope {
  return eventEnvelopeSchema.parse(value);
}
