// The feedback service: its database, its router and its context, on the platform's module service.
import {
  createFailedLookupLimiter,
  feedbackConsumers,
  feedbackContextFactory,
  feedbackRouter,
  type FailedLookupLimiterOptions,
} from '@asiointi/feedback-api';
import {
  eventOutbox,
  notificationLog,
  notificationOutbox,
  feedbackDatabaseDefinition,
  seedFeedbackDemoData,
} from '@asiointi/feedback-data';
import type { RequestTimingRules } from '@asiointi/feedback-domain';
import { defineModuleService } from '@asiointi/platform-service';
import { readFeedbackServiceEnv } from './feedback-service-env';
import { renderFeedbackMessage } from './request-messages';

export interface FeedbackServiceSettings {
  /** Where FEEDBACK_REQUEST_DELAY_MINUTES and FEEDBACK_REQUEST_VALID_DAYS are read from (main.ts: process.env). */
  environment?: Record<string, string | undefined>;
  /** When requests go out and how long they work; wins over the environment (tests). */
  requestTiming?: RequestTimingRules;
  /** How unusable request links slow a client down (defaults: 5 free failures, then 1 s doubling to 15 min). */
  requestLinkLimits?: FailedLookupLimiterOptions;
}

export function defineFeedbackService(settings: FeedbackServiceSettings = {}) {
  const requestTiming = settings.requestTiming ?? readFeedbackServiceEnv(settings.environment ?? {});
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
      }),
    events: { outbox: eventOutbox },
    // booking.visit.completed sends a feedback request; family and guidance contacts count as service events.
    consumers: feedbackConsumers(requestTiming),
    notifications: { outbox: notificationOutbox, log: notificationLog, render: renderFeedbackMessage },
    seedDemoData: seedFeedbackDemoData,
  });
}

/** The service with the default request timing (the launcher's; main.ts reads the environment). */
export const feedbackService = defineFeedbackService();
