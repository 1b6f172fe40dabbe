// `figures.list`: the one figures procedure every module service mounts, so that the management view can ask
// any module the same question and every answer is authorised by the module that computes it. The module
// brings only its computation; who may ask, for which units, and the shape of the answer are the same
// everywhere.
import type { StaffRole } from '@asiointi/platform-auth/principal';
import {
  figuresListSchema,
  figuresModuleSchema,
  figuresQuerySchema,
  type Figure,
  type FigurePeriod,
} from '@asiointi/platform-contract';
import type {
  AnyTRPCRootTypes,
  TRPCProcedureBuilder,
  TRPCRouterBuilder,
  TRPCUnsetMarker,
} from '@trpc/server';
import type { StaffAccess } from '../access/staff-access';
import type { ServiceContext } from '../trpc/service-context';
import { figureUnitsOf } from './figure-units';

/** What a module's computation is asked: the units already checked, the period, the figures wanted. */
export interface ModuleFiguresQuery extends FigurePeriod {
  /** At least one; every one a unit the caller may read figures of. */
  unitIds: readonly string[];
  /** Only these figures (the builder also drops any others); undefined: all of the module's. */
  figureIds?: readonly string[];
}

export type StaffProcedureFor<TRoot extends AnyTRPCRootTypes, TOverrides> = TRPCProcedureBuilder<
  TRoot['ctx'],
  TRoot['meta'],
  TOverrides,
  TRPCUnsetMarker,
  TRPCUnsetMarker,
  TRPCUnsetMarker,
  TRPCUnsetMarker,
  false
>;

/** Root types of a service's tRPC: its context is a ServiceContext. */
export type ServiceRootTypes = AnyTRPCRootTypes & { ctx: ServiceContext };

/** The context a module's computation gets: its service context with the caller's staff access. */
export type FiguresContext<TRoot extends ServiceRootTypes, TOverrides> = TRoot['ctx'] & TOverrides;

export interface CreateFiguresRouterOptions<TRoot extends ServiceRootTypes, TOverrides extends StaffAccess> {
  createRouter: TRPCRouterBuilder<TRoot>;
  /** The service's staffProcedure (from initServiceTrpc). */
  staffProcedure: (roles: readonly StaffRole[]) => StaffProcedureFor<TRoot, TOverrides>;
  /** The module's name as in the runtime manifest; the answer carries it. */
  module: string;
  /** The module's own staff roles that read its figures; managers always may. */
  roles: readonly StaffRole[];
  /** The module's figures for the query; figures of units not asked are dropped, never sent. */
  compute(ctx: FiguresContext<TRoot, TOverrides>, query: ModuleFiguresQuery): Promise<readonly Figure[]>;
}

/** The role that reads every module's figures in its units. */
export const figuresManagerRole: StaffRole = 'manager';

/**
 * A router to mount as `figures`, with one query, `figures.list`:
 * `figures: createFiguresRouter({ createRouter, staffProcedure, module: 'family-centre',
 * roles: ['family-centre-worker'], compute: (ctx, query) => computeFamilyCentreFigures(ctx.db, query) })`.
 */
export function createFiguresRouter<TRoot extends ServiceRootTypes, TOverrides extends StaffAccess>(
  options: CreateFiguresRouterOptions<TRoot, TOverrides>,
) {
  const module = figuresModuleSchema.parse(options.module);
  const roles = [...new Set<StaffRole>([figuresManagerRole, ...options.roles])];
  return options.createRouter({
    /** The module's figures of the caller's units (or those asked) for a period. Counts only: not audited. */
    list: options
      .staffProcedure(roles)
      .input(figuresQuerySchema)
      .output(figuresListSchema)
      .query(async ({ ctx, input }) => {
        const context = ctx as FiguresContext<TRoot, TOverrides>;
        const unitIds = await figureUnitsOf(context, input.unitIds);
        const figureIds = input.figureIds ? [...new Set(input.figureIds)] : undefined;
        const computed = await options.compute(context, {
          unitIds,
          from: input.from,
          until: input.until,
          ...(figureIds ? { figureIds } : {}),
        });
        const asked = new Set(unitIds);
        const ofAskedUnits = computed.filter(
          (figure) => figure.dimensions.unitId === undefined || asked.has(figure.dimensions.unitId),
        );
        if (ofAskedUnits.length < computed.length)
          context.log.warn({ dropped: computed.length - ofAskedUnits.length }, 'figures of units not asked');
        const wanted = figureIds && new Set(figureIds);
        const figures = wanted ? ofAskedUnits.filter((figure) => wanted.has(figure.id)) : ofAskedUnits;
        return { module, figures };
      }),
  });
}
