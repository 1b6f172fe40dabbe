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

/** The module sends no notifications yet: a template it has not written fails at once, never retried. */
const render: ModuleNotifications['render'] = (message) => {
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
