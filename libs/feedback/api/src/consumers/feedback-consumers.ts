// The events the feedback service consumes, for its module definition.
import { processedEvents, type FeedbackTables } from '@asiointi/feedback-data';
import { defaultRequestTimingRules, type RequestTimingRules } from '@asiointi/feedback-domain';
import type { ModuleConsumers } from '@asiointi/platform-service';
import { contactClosedConsumer } from './contact-closed-consumer';
import { visitCompletedConsumer } from './visit-completed-consumer';
import { visitWithdrawnConsumer } from './visit-withdrawn-consumer';

export function feedbackConsumers(
  rules: RequestTimingRules = defaultRequestTimingRules,
): ModuleConsumers<FeedbackTables> {
  return {
    processedEvents,
    consumers: [visitCompletedConsumer(rules), visitWithdrawnConsumer(), contactClosedConsumer()],
  };
}
