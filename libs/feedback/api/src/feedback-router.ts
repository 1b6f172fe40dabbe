import { feedbackStaffRoles } from '@asiointi/feedback-contract';
import { createAuditRouter } from '@asiointi/platform-audit';
import { createFiguresRouter } from '@asiointi/platform-service';
import { feedbackAuditTrail, feedbackAuditVocabulary } from './audit-trail';
import { computeFeedbackFigures } from './figures/feedback-figures';
import { catalogueRouter } from './routers/catalogue-router';
import { staffUnitsRouter } from './routers/staff-units-router';
import { createRouter, residentProcedure, staffProcedure } from './trpc';
// Feedback requests (issue 11, part 1).
import { requestAnsweringRouter } from './routers/request-answering-router';

export const feedbackRouter = createRouter({
  catalogue: catalogueRouter,
  staffUnits: staffUnitsRouter,
  /** Answering a feedback request from its link, without signing in (issue 11, part 1). */
  requestAnswering: requestAnsweringRouter,
  /** The module's figures for the management view, as on every service. */
  figures: createFiguresRouter({
    createRouter,
    staffProcedure,
    module: 'feedback',
    roles: feedbackStaffRoles,
    compute: (ctx, query) => computeFeedbackFigures(ctx.db, ctx.units, query, ctx.now()),
  }),
  /** "Who has handled my data" for this service, as on every service. */
  audit: createAuditRouter({
    createRouter,
    residentProcedure,
    database: (ctx) => ctx.db,
    log: feedbackAuditTrail.log,
    vocabulary: feedbackAuditVocabulary,
  }),
});

/** The type the module's remote builds its client on (import it with `import type`). */
export type FeedbackRouter = typeof feedbackRouter;
