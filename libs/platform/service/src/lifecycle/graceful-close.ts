import type { FastifyInstance } from 'fastify';
import { stopWorkers, type BackgroundWorker } from './background-workers';

export interface ClosableDatabase {
  close(): Promise<void>;
}

/** How often connections left idle by finished requests are closed while shutting down. */
const idleSweepMs = 200;

/**
 * Registers the shutdown behaviour (call before listen) and returns close(): stop accepting connections,
 * let requests in flight finish (cutting them off at the deadline), stop the background workers, then close
 * the database they were all using. Calling close() again returns the same promise.
 */
export function registerGracefulClose(
  app: FastifyInstance,
  database: ClosableDatabase,
  deadlineMs: number,
  workers: readonly BackgroundWorker[] = [],
) {
  let closing: Promise<void> | undefined;

  // Keep-alive connections would otherwise stay open after their last answer (Fastify keeps them 72 s).
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  return function close(): Promise<void> {
    closing ??= (async () => {
      const sweep = setInterval(() => app.server.closeIdleConnections(), idleSweepMs);
      const deadline = setTimeout(() => {
        app.log.warn(
          { deadlineMs },
          'requests still running at the shutdown deadline: closing their connections',
        );
        app.server.closeAllConnections();
      }, deadlineMs);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
        clearTimeout(deadline);
      }
      await stopWorkers(workers, app.log, deadlineMs);
      await database.close();
      app.log.info('service stopped');
    })();
    return closing;
  };
}

/**
 * SIGTERM (from the orchestrator) and SIGINT (Ctrl-C) close the service and end the process. A second signal
 * while closing ends it at once. Returns a function that removes the handlers.
 */
export function closeOnSignals(app: FastifyInstance, close: () => Promise<void>): () => void {
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) {
      app.log.warn({ signal }, 'second signal while closing: exiting now');
      process.exit(1);
    }
    received = signal;
    app.log.info({ signal }, 'closing the service');
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.fatal({ err: error }, 'closing the service failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
