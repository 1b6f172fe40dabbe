import type { FeedbackDb } from '@asiointi/feedback-data';
import { initServiceTrpc, type ServiceContext, type UnitDirectory } from '@asiointi/platform-service';
import { feedbackAuditTrail } from './audit-trail';
import { createFailedLookupLimiter, type FailedLookupLimiter } from './requests/failed-lookup-limiter';

/** What the module's procedures get: the service context plus the module's database and collaborators. */
export interface FeedbackContext extends ServiceContext {
  db: FeedbackDb;
  /** The clock every rule reads; tests pass a fixed one. */
  now: () => Date;
  /** The county's units (names and contact details), cached. */
  units: UnitDirectory;
  /** Failed look-ups of feedback request links per client (one per service, in memory). */
  requestLinkLimiter: FailedLookupLimiter;
}

/** Residents act for others here only where the relations service allows the scope 'feedback'. */
export const FEEDBACK_ACTING_SCOPE = 'feedback';

const t = initServiceTrpc<FeedbackContext>({
  recordDenied: (ctx, auditContext, entry) => feedbackAuditTrail.denied(ctx.db, auditContext, entry),
});

export const { createRouter, publicProcedure, staffProcedure, createCallerFactory } = t;

/** A signed-in resident, for themself or for the person in X-Acting-For (scope 'feedback'). */
export const residentProcedure = t.residentProcedure(FEEDBACK_ACTING_SCOPE);

export interface FeedbackContextParts {
  db: FeedbackDb;
  units: UnitDirectory;
  now?: () => Date;
  requestLinkLimiter?: FailedLookupLimiter;
}

/** The createContext of the module's service (startModuleService hands it the platform's parts). */
export function feedbackContextFactory({
  db,
  units,
  now = () => new Date(),
  requestLinkLimiter = createFailedLookupLimiter(),
}: FeedbackContextParts) {
  return (base: ServiceContext): FeedbackContext => ({ ...base, db, units, now, requestLinkLimiter });
}
