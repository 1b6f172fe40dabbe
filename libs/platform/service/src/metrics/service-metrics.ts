import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export const trpcRoute = '/trpc/:path';

/**
 * The procedure a request called, for the metrics label. The name comes from the URL, so only names the
 * router knows are used (anything else would let callers grow the label set without bound).
 */
function procedureLabel(request: FastifyRequest, knownProcedures: ReadonlySet<string>): string {
  if (request.routeOptions.url !== `${trpcRoute}`) return '';
  const path = (request.params as { path?: string } | undefined)?.path ?? '';
  const names = path.split(',');
  if (names.some((name) => !knownProcedures.has(name))) return '(unknown)';
  return names.length === 1 ? (names[0] ?? '') : '(batch)';
}

export interface ServiceMetrics {
  registry: Registry;
  observe(request: FastifyRequest, reply: FastifyReply): void;
}

/** A registry per service, so that several services in one process (the embedded mode) keep apart. */
export function createServiceMetrics(service: string, knownProcedures: ReadonlySet<string>): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Duration of HTTP requests, by route, tRPC procedure and status code',
    labelNames: ['method', 'route', 'procedure', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    observe(request, reply) {
      duration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? '(unmatched)',
          procedure: procedureLabel(request, knownProcedures),
          status_code: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
    },
  };
}

export function registerMetrics(app: FastifyInstance, metrics: ServiceMetrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.observe(request, reply);
  });
  app.get('/metrics', { config: { rateLimit: false } }, async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
