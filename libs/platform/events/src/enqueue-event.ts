import { randomUUID } from 'node:crypto';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { eventEnvelopeSchema, type EventEnvelope, type JsonObject } from './event-envelope';
import type { OutboxTable } from './outbox-table';
import type { SqlExecutor } from './sql-executor';

export interface NewEvent<TPayload extends JsonObject> {
  type: string;
  payload: TPayload;
  /** Checks the payload against the contract's schema before anything is written. */
  payloadSchema?: z.ZodType<TPayload>;
  /** Defaults to the name of the schema that owns the outbox table (e.g. "booking"). */
  source?: string;
  /** Defaults to now; tests pass their clock's time. */
  occurredAt?: Date;
}

function sourceOf(table: OutboxTable): string {
  const { schema } = getTableConfig(table);
  if (!schema)
    throw new Error('An outbox table belongs to a module schema: create it with outboxTable(pgSchema(...)).');
  return schema;
}

/**
 * Writes an event to the outbox inside the caller's transaction: it is published only if that transaction
 * commits, and it is never lost if the process stops right after the commit.
 */
export async function enqueueEvent<TPayload extends JsonObject>(
  tx: SqlExecutor,
  table: OutboxTable,
  event: NewEvent<TPayload>,
): Promise<EventEnvelope<TPayload>> {
  const payload = event.payloadSchema ? event.payloadSchema.parse(event.payload) : event.payload;
  const occurredAt = event.occurredAt ?? new Date();
  const envelope = eventEnvelopeSchema.parse({
    id: randomUUID(),
    type: event.type,
    source: event.source ?? sourceOf(table),
    occurredAt: occurredAt.toISOString(),
    payload,
  }) as EventEnvelope<TPayload>;

  await tx.insert(table).values({
    id: envelope.id,
    type: envelope.type,
    source: envelope.source,
    payload: envelope.payload,
    occurredAt,
    availableAt: occurredAt,
  });
  return envelope;
}
