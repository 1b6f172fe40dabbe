// `audit.myDataEvents`: the resident's right to see who has processed their data (Client Data Act
// 703/2023, section 11). Every service mounts it under `audit`, built from its own tRPC pieces so that
// the same sign-in and acting-on-behalf rules apply; the call itself is logged as a read of the trail.
// Each page carries the service's own words for its codes, so the shell needs no module's vocabulary.
import type {
  AnyTRPCRootTypes,
  TRPCProcedureBuilder,
  TRPCRouterBuilder,
  TRPCUnsetMarker,
} from '@trpc/server';
import type { AuditContext } from '../audit-entry';
import type { AuditedProcedureMeta } from '../audited-procedure-meta';
import { auditedRead } from '../audited-work';
import type { AuditVocabulary } from '../module-vocabulary/define-audit-vocabulary';
import {
  AUDIT_TRAIL_RESOURCE,
  DATA_SUBJECT_ACCESS_PURPOSE,
} from '../module-vocabulary/platform-audit-terms';
import type { AuditDatabase, AuditLog } from '../record-audit';
import { labelsForEvents, withPlatformTerms } from './audit-labels';
import { listSubjectEvents } from './list-subject-events';
import { myDataEventsInputSchema, myDataEventsOutputSchema } from './my-data-events-contract';

/** What the resident procedure handed to the router puts in the context. */
export interface AuditRouterContext {
  /** Whose events: the resident, or the person they act for. */
  subjectPerson: { subject: string };
  auditContext: AuditContext;
}

export type ResidentProcedureFor<TRoot extends AnyTRPCRootTypes, TOverrides> = TRPCProcedureBuilder<
  TRoot['ctx'],
  TRoot['meta'],
  TOverrides,
  TRPCUnsetMarker,
  TRPCUnsetMarker,
  TRPCUnsetMarker,
  TRPCUnsetMarker,
  false
>;

export interface CreateAuditRouterOptions<
  TRoot extends AnyTRPCRootTypes,
  TOverrides extends AuditRouterContext,
> {
  createRouter: TRPCRouterBuilder<TRoot>;
  /** The service's resident procedure for its own acting scope. */
  residentProcedure: ResidentProcedureFor<TRoot, TOverrides>;
  /** The service's database, from its context. */
  database: (ctx: TRoot['ctx']) => AuditDatabase;
  log: AuditLog;
  /** The module's words for its resource types and purposes (defineAuditVocabulary). */
  vocabulary: AuditVocabulary;
}

const myDataEventsMeta: AuditedProcedureMeta = {
  audit: { action: 'read', resourceType: AUDIT_TRAIL_RESOURCE, purpose: DATA_SUBJECT_ACCESS_PURPOSE },
};

export function createAuditRouter<TRoot extends AnyTRPCRootTypes, TOverrides extends AuditRouterContext>({
  createRouter,
  residentProcedure,
  database,
  log,
  vocabulary,
}: CreateAuditRouterOptions<TRoot, TOverrides>) {
  const words = withPlatformTerms(vocabulary);
  return createRouter({
    /** Who has read or changed the subject person's data here, newest first. */
    myDataEvents: residentProcedure
      .meta(myDataEventsMeta as TRoot['meta'])
      .input(myDataEventsInputSchema)
      .output(myDataEventsOutputSchema)
      .query(async ({ ctx, input }) => {
        const subjectPerson = ctx.subjectPerson.subject;
        const page = await auditedRead(
          database(ctx),
          log,
          ctx.auditContext,
          {
            action: 'read',
            resourceType: AUDIT_TRAIL_RESOURCE,
            purpose: DATA_SUBJECT_ACCESS_PURPOSE,
            subjectPerson,
          },
          (tx) =>
            listSubjectEvents(tx, log.table, { subjectPerson, limit: input.limit, before: input.before }),
        );
        return { ...page, labels: labelsForEvents(words, page.events) };
      }),
  });
}
