// The feedback service: its database, its router and its context, on the platform's module service.
import {
  feedbackContextFactory,
  feedbackReplyTemplate,
  feedbackRouter,
  renderFeedbackReply,
} from '@asiointi/feedback-api';
import {
  eventOutbox,
  notificationLog,
  notificationOutbox,
  feedbackDatabaseDefinition,
  seedFeedbackDemoData,
  type FeedbackDb,
} from '@asiointi/feedback-data';
import { defineModuleService } from '@asiointi/platform-service';
import {
  PermanentDeliveryError,
  type MessageToRender,
  type RenderedMessage,
} from '@asiointi/platform-notifications';
import { readFeedbackServiceEnv, type FeedbackServiceEnv } from './feedback-service-env';

/** The settings the environment gives (absent ones fall back to the context's defaults). */
function definedOnly(env: FeedbackServiceEnv) {
  return {
    ...(env.suppressionThreshold !== undefined ? { suppressionThreshold: env.suppressionThreshold } : {}),
    ...(env.pulseMarkerSecret !== undefined ? { pulseMarkerSecret: env.pulseMarkerSecret } : {}),
  };
}

/** The module's templates; one it has not written fails at once, never retried. */
const render = (message: MessageToRender, db: FeedbackDb): RenderedMessage | Promise<RenderedMessage> => {
  // A staff member's reply to general feedback (its text read from the handling history at send time).
  if (message.templateKey === feedbackReplyTemplate) return renderFeedbackReply(message, db);
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
