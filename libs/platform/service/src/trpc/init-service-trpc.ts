import { initTRPC } from '@trpc/server';
import { apiErrorFromDomainError, isDomainError } from './domain-errors';
import { formatServiceError } from './format-error';
import type { ServiceContext } from './service-context';

/**
 * The tRPC building blocks every module's api lib uses, so that all services format errors the same way
 * and map domain errors to codes. A module with its own context parts passes them as TContext.
 */
export function initServiceTrpc<TContext extends ServiceContext = ServiceContext>() {
  const t = initTRPC.context<TContext>().create({
    errorFormatter: formatServiceError,
    // Stacks never go into responses, whatever NODE_ENV says.
    isDev: false,
  });

  const publicProcedure = t.procedure.use(async ({ next }) => {
    const result = await next();
    if (!result.ok && isDomainError(result.error.cause)) throw apiErrorFromDomainError(result.error.cause);
    return result;
  });

  return {
    createRouter: t.router,
    mergeRouters: t.mergeRouters,
    middleware: t.middleware,
    createCallerFactory: t.createCallerFactory,
    /** Open to any caller; an authenticated procedure will sit next to it. */
    publicProcedure,
  };
}
