// The feedback service: its database, its router and its context, on the platform's module service.
import {
  createFailedLookupLimiter,
  feedbackConsumers,
  feedbackContextFactory,
  feedbackReplyTemplate,
  feedbackRouter,
  renderFeedbackReply,
  type FailedLookupLimiterOptions,
} from '@asiointi/feedback-api';
import {
  eventOutbox,
  notificationLog,
  notificationOutbox,
  feedbackDatabaseDefinition,
  seedFeedbackDemoData,
  type FeedbackDb,
} from '@asiointi/feedback-data';
import type { RequestTimingRules } from '@asiointi/feedback-domain';
import type { MessageToRender, RenderedMessage } from '@asiointi/platform-notifications';
import { defineModuleService } from '@asiointi/platform-service';
import { readFeedbackServiceEnv } from './feedback-service-env';
import { renderFeedbackMessage } from './request-messages';

export interface FeedbackServiceSettings {
  /** Where the FEEDBACK_* variables are read from (main.ts: process.env; the launcher: none, the defaults). */
  environment?: Record<string, string | undefined>;
  /** When requests go out and how long they work; wins over the environment (tests). */
  requestTiming?: RequestTimingRules;
  /** How unusable request links slow a client down (defaults: 5 free failures, then 1 s doubling to 15 min). */
  requestLinkLimits?: FailedLookupLimiterOptions;
}

/** The module's templates: a feedback request, and a staff member's reply to general feedback. */
function render(message: MessageToRender, db: FeedbackDb): RenderedMessage | Promise<RenderedMessage> {
  // The reply's text is read from the handling history at send time, never carried in the outbox row.
  if (message.templateKey === feedbackReplyTemplate) return renderFeedbackReply(message, db);
  return renderFeedbackMessage(message);
}

export function defineFeedbackService(settings: FeedbackServiceSettings = {}) {
  const env = readFeedbackServiceEnv(settings.environment ?? {});
  const requestTiming = settings.requestTiming ?? env.requestTiming;
  return defineModuleService({
    name: 'feedback',
    defaultPort: 4402,
    database: feedbackDatabaseDefinition,
    router: feedbackRouter,
    createContext: ({ db, units }) =>
      feedbackContextFactory({
        db,
        units,
        requestLinkLimiter: createFailedLookupLimiter(settings.requestLinkLimits),
        ...(env.suppressionThreshold !== undefined ? { suppressionThreshold: env.suppressionThreshold } : {}),
        ...(env.pulseMarkerSecret !== undefined ? { pulseMarkerSecret: env.pulseMarkerSecret } : {}),
      }),
    events: { outbox: eventOutbox },
    // booking.visit.completed sends a feedback request; family and guidance contacts count as service events.
    consumers: feedbackConsumers(requestTiming),
    notifications: { outbox: notificationOutbox, log: notificationLog, render },
    seedDemoData: seedFeedbackDemoData,
  });
}

/** The service with the default settings (the launcher's; main.ts reads the environment). */
export const feedbackService = defineFeedbackService();
