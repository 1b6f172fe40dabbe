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
  createContext: ({ db, units }) => feedbackContextFactory({ db, units }),
  events: { outbox: eventOutbox },
  notifications: { outbox: notificationOutbox, log: notificationLog, render },
  seedDemoData: seedFeedbackDemoData,
});
