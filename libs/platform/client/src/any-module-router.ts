import type { createTRPCClient, CreateTRPCClientOptions } from '@trpc/client';

/**
 * tRPC's router constraint, named without importing @trpc/server: browser code may not reach the
 * server package, not even for a type.
 */
export type AnyModuleRouter =
  Parameters<typeof createTRPCClient>[0] extends CreateTRPCClientOptions<infer TRouter> ? TRouter : never;
