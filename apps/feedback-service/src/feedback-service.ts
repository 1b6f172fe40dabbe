// The feedback service: its database, its router and its context, on the platform's module service.
import { feedbackContextFactory, feedbackRouter } from '@asiointi/feedback-api';
import {
  eventOutbox,
  notificationLog,
  notificationOutbox,
  feedbackDatabaseDefinition,
  seedFeedbackDemoData,
} from '@asiointi/feedback-data';
import { defineModuleService, type ModuleNotifications } from '@asiointi/platform-service';
import { PermanentDeliveryError } from '@asiointi/platform-notifications';
import { readFeedbackServiceEnv, type FeedbackServiceEnv } from './feedback-service-env';

/** The settings the environment gives (absent ones fall back to the context's defaults). */
function definedOnly(env: FeedbackServiceEnv) {
  return {
    ...(env.suppressionThreshold !== undefined ? { suppressionThreshold: env.suppressionThreshold } : {}),
    ...(env.pulseMarkerSecret !== undefined ? { pulseMarkerSecret: env.pulseMarkerSecret } : {}),
  };
}

/** The module sends no notifications yet: a template it has not written fails at once, never retried. */
const render: ModuleNotifications['render'] = (message) => {
  throw new PermanentDeliveryError(`unknown template ${message.templateKey}`);
};

export const feedbackService = defineModuleService({
  name: 'feedback',
  defaultPort: 4402,
  database: feedbackDatabaseDefinition,
  router: feedbackRouter,
  // Reports (issue 11, part 2): the threshold and the pulse markers' key, read when the service starts.
  createContext: ({ db, units }) =>
    feedbackContextFactory({ db, units, ...definedOnly(readFeedbackServiceEnv(process.env)) }),
  events: { outbox: eventOutbox },
  notifications: { outbox: notificationOutbox, log: notificationLog, render },
  seedDemoData: seedFeedbackDemoData,
});
