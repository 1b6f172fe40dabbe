// booking.visit.completion-withdrawn -> the visit's request is withdrawn, its unsent SMS cancelled and its
// service event no longer counted. A request already answered stays answered (its answer is anonymous).
import {
  visitCompletionWithdrawnEventSchema,
  visitCompletionWithdrawnEventType,
} from '@asiointi/feedback-contract';
import { removeServiceEvent, withdrawFeedbackRequest, type FeedbackTables } from '@asiointi/feedback-data';
import type { ModuleEventConsumer } from '@asiointi/platform-service';
import { cancelRequestNotification } from '../requests/request-notification';
import { bookingRequestKey } from './consumer-helpers';

export function visitWithdrawnConsumer(): ModuleEventConsumer<FeedbackTables> {
  return {
    name: 'feedback-visit-withdrawn',
    types: [visitCompletionWithdrawnEventType],
    async handle(tx, event, parts) {
      const parsed = visitCompletionWithdrawnEventSchema.safeParse(event.payload);
      if (!parsed.success) {
        parts.logger.error({ eventId: event.id, eventType: event.type }, 'unreadable event skipped');
        return;
      }
      const requestKey = bookingRequestKey(parsed.data.bookingId);
      const withdrawn = await withdrawFeedbackRequest(tx, requestKey);
      if (!withdrawn) return;
      await cancelRequestNotification(tx, requestKey);
      await removeServiceEvent(tx, requestKey);
    },
  };
}
