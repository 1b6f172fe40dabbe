import type { AnyRouter, inferRouterContext } from '@trpc/server';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import type { DestinationStream } from 'pino';
import type { ServiceConfig } from './config/service-config';
import { registerErrorHandlers } from './http/error-handlers';
import { answerClientError, answerFrameworkError } from './http/framework-errors';
import { registerHealthRoutes, type PingableDatabase } from './http/health-routes';
import { requestIdHeader, requestIdOf } from './http/request-id';
import { registerSecurity } from './http/security';
import { serviceUrl } from './http/service-url';
import { createRequestIdentity } from './auth/request-identity';
import { stopWorkers, type BackgroundWorker } from './lifecycle/background-workers';
import { closeOnSignals, registerGracefulClose, type ClosableDatabase } from './lifecycle/graceful-close';
import { createServiceLogger } from './logging/create-logger';
import { createServiceMetrics, registerMetrics } from './metrics/service-metrics';
import { registerTrpc, type ContextFactory } from './trpc/register-trpc';
import type { ServiceContext } from './trpc/service-context';

export interface RunningService {
  name: string;
  /** Base URL the service listens on, e.g. http://127.0.0.1:4401 */
  url: string;
  /** The bound port (the real one when config.port was 0). */
  port: number;
  /** Graceful: stop accepting, finish requests in flight, stop the workers, close the database. */
  close(): Promise<void>;
}

interface BaseServiceOptions<TRouter extends AnyRouter> {
  name: string;
  config: ServiceConfig;
  router: TRouter;
  /** Owned by the service from here on: closed by close(), and when starting fails. */
  database: PingableDatabase & ClosableDatabase;
  /**
   * Started by the caller (they usually need the open database); owned by the service from here on like the
   * database: stopped after requests in flight finish and before the database closes, also when starting
   * fails. A stop that fails or outlasts shutdownTimeoutMs is logged, and the database is closed anyway.
   */
  workers?: readonly BackgroundWorker[];
  /** Close on SIGTERM/SIGINT and exit. Off by default so tests and the embedded launcher can run several. */
  handleSignals?: boolean;
  /** How long requests in flight may take to finish when closing (default 10 s). */
  shutdownTimeoutMs?: number;
  /** Where JSON log lines go (default stdout). */
  logDestination?: DestinationStream;
  /** For the provider's discovery document and the relations service (tests may stub it); jose fetches keys itself. */
  fetch?: typeof fetch;
}

/** createContext is required exactly when the router's procedures need more than the service context. */
type ContextOption<TRouter extends AnyRouter> =
  ServiceContext extends inferRouterContext<TRouter>
    ? { createContext?: ContextFactory<TRouter> }
    : { createContext: ContextFactory<TRouter> };

export type CreateServiceOptions<TRouter extends AnyRouter> = BaseServiceOptions<TRouter> &
  ContextOption<TRouter>;

const probePaths = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Starts a module's service: Fastify with the tRPC router at /trpc, health, readiness and metrics,
 * request ids, JSON logs, security headers, CORS, rate and body limits, and a graceful close.
 */
export async function createService<TRouter extends AnyRouter>(
  options: CreateServiceOptions<TRouter>,
): Promise<RunningService> {
  const { name, config, router, database } = options;
  const workers = options.workers ?? [];
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 10_000;
  // Typed as Fastify's base logger so the instance fits the helpers that take a plain FastifyInstance.
  const logger: FastifyBaseLogger = createServiceLogger({
    service: name,
    level: config.logLevel,
    destination: options.logDestination,
  });
  const app = Fastify({
    loggerInstance: logger,
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      // Probes run every few seconds; their log lines would drown everything else.
      disableRequestLogging: (request) => probePaths.has(request.url),
    }),
    genReqId: requestIdOf,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    // A tRPC batch names all its procedures in one path parameter ("units.list,services.listByUnit,...").
    routerOptions: { maxParamLength: 4096 },
    // What is refused before a route runs (414, 431, a malformed request) answers in the error envelope too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });

  let gracefulClose: () => Promise<void>;
  try {
    gracefulClose = registerGracefulClose(app, database, shutdownTimeoutMs, workers);
    app.addHook('onRequest', async (request, reply) => {
      reply.header(requestIdHeader, request.id);
    });
    registerErrorHandlers(app);
    await registerSecurity(app, config);
    registerMetrics(app, createServiceMetrics(name, new Set(Object.keys(router._def.procedures))));
    registerHealthRoutes(app, database);
    const identity = createRequestIdentity(config, options.fetch);
    await registerTrpc(
      app,
      router,
      identity,
      (options as { createContext?: ContextFactory<TRouter> }).createContext,
    );
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await stopWorkers(workers, app.log, shutdownTimeoutMs);
    await database.close();
    throw error;
  }

  const removeSignalHandlers = options.handleSignals ? closeOnSignals(app, gracefulClose) : () => {};
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = serviceUrl(config.host, port);
  if (!config.oidcIssuer) {
    app.log.warn('OIDC_ISSUER is not set: every call that needs a signed-in caller is refused');
  }
  app.log.info({ url }, 'service listening');

  return {
    name,
    url,
    port,
    close: () => {
      removeSignalHandlers();
      return gracefulClose();
    },
  };
}
