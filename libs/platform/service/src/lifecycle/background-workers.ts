import type { FastifyBaseLogger } from 'fastify';

/**
 * Something the service runs beside its HTTP server (an outbox relay, a notification sender), already
 * started by the caller. The service stops it on close: after requests in flight have finished (they may
 * still have written work for it) and before the database closes (the worker's last batch still needs it).
 */
export interface BackgroundWorker {
  /** Shown in the log when stopping fails or takes too long, e.g. "outbox-relay". */
  name: string;
  /** Take no further work; resolve once the work in hand is finished. */
  stop(): Promise<void>;
}

/**
 * Stops every worker at once and waits up to deadlineMs. A worker that fails or hangs is logged and left
 * behind: the database must still be closed, and the process is about to end anyway.
 */
export async function stopWorkers(
  workers: readonly BackgroundWorker[],
  log: FastifyBaseLogger,
  deadlineMs: number,
): Promise<void> {
  if (workers.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), deadlineMs);
  });
  const pending = new Set(workers.map((worker) => worker.name));
  const stops = workers.map(async (worker) => {
    try {
      await worker.stop();
    } catch (error) {
      log.error({ err: error, worker: worker.name }, 'stopping a background worker failed');
    } finally {
      pending.delete(worker.name);
    }
  });
  try {
    const outcome = await Promise.race([Promise.all(stops), deadline]);
    if (outcome === 'deadline') {
      log.warn(
        { workers: [...pending], deadlineMs },
        'background workers still running at the shutdown deadline',
      );
    }
  } finally {
    clearTimeout(timer);
  }
}
