import type { AnyRouter, inferRouterContext } from '@trpc/server';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
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
  createContext: ContextFactory<TRouter> | undefined,
): Promise<void> {
  const trpcOptions: FastifyTRPCPluginOptions<TRouter>['trpcOptions'] = {
    router,
    maxBatchSize: trpcMaxBatchSize,
    createContext: ({ req }) => {
      const base = serviceContextOf(req);
      return createContext ? createContext(base) : (base as inferRouterContext<TRouter>);
    },
    onError: ({ error, path, req }) => {
      // The caller sees a code only; the cause, with its stack, stays in the log under the request id.
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        req.log.error({ err: error.cause ?? error, procedure: path }, 'procedure failed');
      } else {
        req.log.info({ trpcCode: error.code, procedure: path }, 'procedure refused the call');
      }
    },
  };
  await app.register(fastifyTRPCPlugin, { prefix: trpcPrefix, trpcOptions });
}
