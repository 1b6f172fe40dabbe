import { assertConsumerName, type EventHandler } from './event-bus';
import type { EventEnvelope } from './event-envelope';
import type { ProcessedEventsTable } from './processed-events-table';
import type { SqlExecutor } from './sql-executor';

export interface IdempotentConsumerOptions {
  db: SqlExecutor;
  processedTable: ProcessedEventsTable;
  consumerName: string;
  /**
   * Applies the event with `tx`, the transaction that also records the event id. On PGlite never open
   * another transaction inside it (one connection: it would hang).
   */
  handle(tx: SqlExecutor, event: EventEnvelope): Promise<void>;
}

export type ConsumeOutcome = 'processed' | 'duplicate';

export interface IdempotentConsumer {
  consumerName: string;
  /** Pass as the bus handler: resolves after the commit, rejects (so the bus redelivers) after a rollback. */
  handle: (event: EventEnvelope) => Promise<ConsumeOutcome>;
}

/**
 * Wraps a handler so that each event id is applied at most once per consumer: the processed_events row and
 * the handler's writes commit or roll back together. The id is inserted first, so a replica handling the
 * same event at the same moment waits on it and then skips the event instead of applying it again.
 */
export function createIdempotentConsumer(options: IdempotentConsumerOptions): IdempotentConsumer {
  const { db, processedTable, consumerName } = options;
  assertConsumerName(consumerName);
  const handle = (event: EventEnvelope) =>
    db.transaction(async (tx): Promise<ConsumeOutcome> => {
      const recorded = await tx
        .insert(processedTable)
        .values({ consumerName, eventId: event.id })
        .onConflictDoNothing()
        .returning({ eventId: processedTable.eventId });
      if (recorded.length === 0) return 'duplicate';
      await options.handle(tx, event);
      return 'processed';
    });
  return { consumerName, handle: handle satisfies EventHandler };
}
