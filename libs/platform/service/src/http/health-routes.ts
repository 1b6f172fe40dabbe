import type { FastifyInstance } from 'fastify';

export interface PingableDatabase {
  ping(): Promise<void>;
}

/** A database that does not answer within this time counts as down: probes must answer promptly. */
const readinessTimeoutMs = 2_000;

function withTimeout(promise: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function registerHealthRoutes(app: FastifyInstance, database: PingableDatabase): void {
  // Liveness: the process answers. It never touches the database, so a database outage does not restart pods.
  app.get('/healthz', { config: { rateLimit: false } }, async () => ({ status: 'ok' }));

  // Readiness: this replica can serve, i.e. its database answers.
  app.get('/readyz', { config: { rateLimit: false } }, async (request, reply) => {
    try {
      await withTimeout(database.ping(), readinessTimeoutMs);
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed: database does not answer');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
