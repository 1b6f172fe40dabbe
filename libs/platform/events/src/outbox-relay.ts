import type { DatabaseDialect } from '@asiointi/platform-db';
import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import { backoffDelayMs, type BackoffPolicy } from './backoff';
import { systemClock, type Clock } from './clock';
import type { EventPublisher } from './event-bus';
import type { EventEnvelope } from './event-envelope';
import { defaultWorkerLogger, type WorkerLogger } from './logger';
import type { OutboxRow, OutboxTable } from './outbox-table';
import { startPoller } from './poller';
import { shortError } from './short-error';
import type { SqlExecutor } from './sql-executor';

export interface OutboxRelayOptions {
  db: SqlExecutor;
  /** From openDatabase(): decides whether rows are locked while they are published (see publishDue). */
  dialect: DatabaseDialect;
  table: OutboxTable;
  bus: EventPublisher;
  /** Rows per batch (default 100). */
  batchSize?: number;
  /** Delay before the next attempt after a failed publish (default 1 s doubling up to 5 min). */
  retry?: BackoffPolicy;
  clock?: Clock;
  logger?: WorkerLogger;
}

export interface RelayBatchResult {
  published: number;
  failed: number;
}

export interface OutboxRelayWorker {
  /** Publishes one batch of due rows. */
  publishDue(): Promise<RelayBatchResult>;
}

export interface OutboxRelay extends OutboxRelayWorker {
  /** No further batches; resolves when the running batch has finished. */
  stop(): Promise<void>;
}

const defaultRetry: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

function envelopeOf(row: OutboxRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    source: row.source,
    occurredAt: row.occurredAt.toISOString(),
    payload: row.payload,
  };
}

/** The relay's work without a timer: publishDue() when the caller decides (tests, a one-off drain). */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelayWorker {
  const { db, table, bus } = options;
  const batchSize = options.batchSize ?? 100;
  const retry = options.retry ?? defaultRetry;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? defaultWorkerLogger('outbox-relay');

  function dueRows(executor: SqlExecutor, now: Date) {
    return executor
      .select()
      .from(table)
      .where(and(isNull(table.publishedAt), lte(table.availableAt, now)))
      .orderBy(asc(table.availableAt), asc(table.occurredAt))
      .limit(batchSize);
  }

  async function publishRow(executor: SqlExecutor, row: OutboxRow): Promise<boolean> {
    try {
      await bus.publish(envelopeOf(row));
    } catch (error) {
      const attempts = row.attempts + 1;
      const availableAt = new Date(clock().getTime() + backoffDelayMs(attempts, retry));
      await executor
        .update(table)
        .set({ attempts, availableAt, lastError: shortError(error) })
        .where(eq(table.id, row.id));
      logger.warn(
        {
          eventId: row.id,
          eventType: row.type,
          attempts,
          retryAt: availableAt.toISOString(),
          error: shortError(error),
        },
        'publishing an outbox event failed; retrying later',
      );
      return false;
    }
    await executor
      .update(table)
      .set({ publishedAt: clock(), attempts: row.attempts + 1, lastError: null })
      .where(eq(table.id, row.id));
    return true;
  }

  async function publishRows(executor: SqlExecutor, rows: OutboxRow[]): Promise<RelayBatchResult> {
    const result = { published: 0, failed: 0 };
    for (const row of rows) {
      if (await publishRow(executor, row)) {
        result.published += 1;
        continue;
      }
      // The bus is likely down: stop here rather than hold the batch's locks through one timeout per row.
      // The failed row moved back in the queue, so the next batch starts with the others.
      result.failed += 1;
      break;
    }
    return result;
  }

  return {
    async publishDue() {
      const now = clock();
      if (options.dialect === 'pglite') {
        // One connection: no other relay can race us, and a transaction held open while publishing would
        // block an in-process consumer that writes to the same database (a nested transaction hangs).
        return publishRows(db, await dueRows(db, now));
      }
      // Several replicas: each locks the rows it publishes; the others skip them instead of waiting, and
      // see them published once this transaction commits.
      return db.transaction(async (tx) =>
        publishRows(tx, await dueRows(tx, now).for('update', { skipLocked: true })),
      );
    },
  };
}

/**
 * Publishes the module's outbox to the bus in the background: at once, then every pollIntervalMs (sooner
 * while batches come back full). A row is marked published only after the bus accepted it, so an event is
 * delivered at least once; consumers de-duplicate by event id.
 */
export function startOutboxRelay(options: OutboxRelayOptions & { pollIntervalMs?: number }): OutboxRelay {
  const relay = createOutboxRelay(options);
  const logger = options.logger ?? defaultWorkerLogger('outbox-relay');
  const batchSize = options.batchSize ?? 100;
  const poller = startPoller({
    intervalMs: options.pollIntervalMs ?? 1_000,
    run: () => relay.publishDue(),
    // A full batch with failures only would spin on the same rows; wait for the interval then.
    hasMore: (result) => result.published > 0 && result.published + result.failed >= batchSize,
    onError: (error) => logger.error({ error: shortError(error) }, 'outbox relay batch failed'),
  });
  return { publishDue: poller.runNow, stop: poller.stop };
}
