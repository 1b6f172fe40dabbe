import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ServiceConfig } from '../config/service-config';
import { requestIdHeader } from './request-id';

/** Security headers, CORS for the listed browser origins only, and a per-client rate limit. */
export async function registerSecurity(app: FastifyInstance, config: ServiceConfig): Promise<void> {
  // A JSON API renders nothing: no content may load, nothing may frame it.
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    frameguard: { action: 'deny' },
  });

  await app.register(cors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'POST'],
    // Bearer tokens travel in the Authorization header; no cookies, so no credentials mode.
    credentials: false,
    exposedHeaders: [requestIdHeader],
    maxAge: 600,
  });

  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
  });

  // Answers may hold personal data: no shared or browser cache keeps them.
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
