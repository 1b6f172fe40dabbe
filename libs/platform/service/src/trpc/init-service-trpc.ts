import type { ActingScope } from '@asiointi/platform-auth/guardianship';
import type { StaffRole } from '@asiointi/platform-auth/principal';
import { isDatabaseUnavailable } from '@asiointi/platform-db';
import { initTRPC } from '@trpc/server';
import type { DeniedAccessRecorder } from '../access/denied-access';
import { authorizeResident } from '../access/resident-access';
import { authorizeStaff } from '../access/staff-access';
import { databaseUnavailable } from '../auth/access-errors';
import { apiErrorFromDomainError, isDomainError } from './domain-errors';
import { formatServiceError } from './format-error';
import type { ServiceProcedureMeta } from './procedure-meta';
import type { ServiceContext } from './service-context';

export interface ServiceTrpcOptions<TContext extends ServiceContext> {
  /** Writes refusals of access to a person's data to the service's audit log (outcome 'denied'). */
  recordDenied?: DeniedAccessRecorder<TContext>;
}

/**
 * The tRPC building blocks every module's api lib uses, so that all services format errors the same way,
 * map domain errors to codes and check access the same way. A module with its own context parts passes
 * them as TContext. Every procedure states who may call it; there is no default that lets anyone in
 * except publicProcedure, which says so in its name.
 */
export function initServiceTrpc<TContext extends ServiceContext = ServiceContext>(
  options: ServiceTrpcOptions<TContext> = {},
) {
  const t = initTRPC.context<TContext>().meta<ServiceProcedureMeta>().create({
    errorFormatter: formatServiceError,
    // Stacks never go into responses, whatever NODE_ENV says.
    isDev: false,
  });

  const publicProcedure = t.procedure.use(async ({ next }) => {
    const result = await next();
    if (!result.ok && isDomainError(result.error.cause)) throw apiErrorFromDomainError(result.error.cause);
    // A database that cannot be reached is an outage to retry later (503), not a fault of the request.
    if (!result.ok && isDatabaseUnavailable(result.error.cause)) throw databaseUnavailable(result.error.cause);
    return result;
  });

  /**
   * A signed-in resident, for themself or for the person in X-Acting-For when the relations service allows
   * it in this scope (each service passes its own: booking = 'booking'). Adds resident, subjectPerson and
   * auditContext to the context.
   */
  // (tRPC types a middleware's ctx as a simplified copy of TContext; at run time it is the TContext itself.)
  const residentProcedure = (scope: ActingScope) =>
    publicProcedure.use(async ({ ctx, path, type, meta, next }) =>
      next({
        ctx: await authorizeResident(ctx as TContext, scope, { path, type, meta }, options.recordDenied),
      }),
    );

  /**
   * A signed-in staff member holding one of the roles in some unit. Adds staff, staffRoles and
   * requireUnit(unitId), which each procedure calls for the unit its data belongs to.
   */
  const staffProcedure = (roles: StaffRole | readonly StaffRole[]) =>
    publicProcedure.use(({ ctx, path, type, meta, next }) =>
      next({ ctx: authorizeStaff(ctx as TContext, roles, { path, type, meta }, options.recordDenied) }),
    );

  return {
    createRouter: t.router,
    mergeRouters: t.mergeRouters,
    middleware: t.middleware,
    createCallerFactory: t.createCallerFactory,
    /** Open to any caller, signed in or not (a token that is sent must still be valid). */
    publicProcedure,
    residentProcedure,
    staffProcedure,
  };
}
