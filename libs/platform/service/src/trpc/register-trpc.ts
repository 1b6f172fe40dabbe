import type { AnyRouter, inferRouterContext } from '@trpc/server';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import type { RequestIdentity } from '../auth/request-identity';
import { logRefusal } from './log-refusal';
import { serviceContextOf, type ServiceContext } from './service-context';

export type MaybePromise<T> = T | Promise<T>;

/** Adds a module's own context parts (its database handle, say) to the service context. */
export type ContextFactory<TRouter extends AnyRouter> = (
  base: ServiceContext,
) => MaybePromise<inferRouterContext<TRouter>>;

export const trpcPrefix = '/trpc';

/**
 * Calls per batched request: one request may not multiply work past the rate limit. Clients set the same
 * `maxItems` on their httpBatchLink.
 */
export const trpcMaxBatchSize = 25;

export async function registerTrpc<TRouter extends AnyRouter>(
  app: FastifyInstance,
  router: TRouter,
  identity: RequestIdentity,
  createContext: ContextFactory<TRouter> | undefined,
): Promise<void> {
  const trpcOptions: FastifyTRPCPluginOptions<TRouter>['trpcOptions'] = {
    router,
    maxBatchSize: trpcMaxBatchSize,
    createContext: async ({ req }) => {
      const base = await serviceContextOf(req, identity);
      return createContext ? createContext(base) : (base as inferRouterContext<TRouter>);
    },
    onError: ({ error, path, req }) => logRefusal(req.log, error, path),
    // RFC 6750: a 401 names the scheme the caller should use.
    responseMeta: ({ errors }) =>
      errors.some((error) => error.code === 'UNAUTHORIZED')
        ? { headers: { 'www-authenticate': 'Bearer' } }
        : {},
  };
  await app.register(fastifyTRPCPlugin, { prefix: trpcPrefix, trpcOptions });
}
