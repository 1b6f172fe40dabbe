import { feedbackStaffRoles } from '@asiointi/feedback-contract';
import { createAuditRouter } from '@asiointi/platform-audit';
import { createFiguresRouter } from '@asiointi/platform-service';
import { feedbackAuditTrail, feedbackAuditVocabulary } from './audit-trail';
import { computeFeedbackFigures } from './figures/feedback-figures';
import { staffUnitsRouter } from './routers/staff-units-router';
// Reports (issue 11, part 2)
import { reportsRouter } from './routers/reports-router';
import { staffPulseRouter } from './routers/staff-pulse-router';
import { createRouter, residentProcedure, staffProcedure } from './trpc';
// General feedback, the staff inbox, "you said, we did" and question-set administration.
import { changeEntriesRouter } from './changes/change-entries-router';
import { generalFeedbackRouter } from './general-feedback/general-feedback-router';
import { inboxRouter } from './inbox/inbox-router';
import { questionSetVersionsRouter } from './question-sets/question-set-versions-router';
// Feedback requests (issue 11, part 1).
import { requestAnsweringRouter } from './routers/request-answering-router';

export const feedbackRouter = createRouter({
  // General feedback, the staff inbox, "you said, we did" and question-set administration.
  generalFeedback: generalFeedbackRouter,
  inbox: inboxRouter,
  changes: changeEntriesRouter,
  questionSetVersions: questionSetVersionsRouter,
  staffUnits: staffUnitsRouter,
  // Reports (issue 11, part 2)
  reports: reportsRouter,
  staffPulse: staffPulseRouter,
  /** Answering a feedback request from its link, without signing in (issue 11, part 1). */
  requestAnswering: requestAnsweringRouter,
  /** The module's figures for the management view, as on every service. */
  figures: createFiguresRouter({
    createRouter,
    staffProcedure,
    module: 'feedback',
    roles: feedbackStaffRoles,
    compute: (ctx, query) =>
      computeFeedbackFigures(ctx.db, ctx.units, query, ctx.now(), ctx.suppressionThreshold),
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
