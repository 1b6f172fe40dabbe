import type { FeedbackDb } from '@asiointi/feedback-data';
import { defaultSuppressionThreshold, suppressionThresholdSchema } from '@asiointi/platform-contract';
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
  // Reports (issue 11, part 2)
  /** Groups of fewer answers than this are withheld, client and staff alike (FEEDBACK_SUPPRESSION_THRESHOLD). */
  suppressionThreshold: number;
  /** The key of the staff pulse's "answered this month" markers (FEEDBACK_PULSE_MARKER_SECRET). A secret. */
  pulseMarkerSecret: string;
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
  // Reports (issue 11, part 2)
  /** Default 5 (the platform's default threshold). */
  suppressionThreshold?: number;
  /** Default: a fixed development key (the service requires its own in production). */
  pulseMarkerSecret?: string;
  requestLinkLimiter?: FailedLookupLimiter;
}

/** The pulse markers' key where none is configured: development and tests only. */
export const developmentPulseMarkerSecret = 'development-only-staff-pulse-marker-key';

/** The createContext of the module's service (startModuleService hands it the platform's parts). */
export function feedbackContextFactory({
  db,
  units,
  now = () => new Date(),
  suppressionThreshold = defaultSuppressionThreshold,
  pulseMarkerSecret = developmentPulseMarkerSecret,
  requestLinkLimiter = createFailedLookupLimiter(),
}: FeedbackContextParts) {
  const threshold = suppressionThresholdSchema.parse(suppressionThreshold);
  return (base: ServiceContext): FeedbackContext => ({
    ...base,
    db,
    units,
    now,
    suppressionThreshold: threshold,
    pulseMarkerSecret,
    requestLinkLimiter,
  });
}
