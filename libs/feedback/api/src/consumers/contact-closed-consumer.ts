// family.contact.closed and guidance.contact.closed: the events carry no person (by design: events for
// feedback carry none), so there is no one to send a request to. The contact is recorded as a service event
// of the unit, which counts in the response rate's denominator, and nothing is sent. When those modules
// want requests after contacts, they will need to name a recipient the feedback service may address.
import {
  contactClosedEventSchema,
  familyContactClosedEventType,
  guidanceContactClosedEventType,
} from '@asiointi/feedback-contract';
import { recordServiceEvent, type FeedbackTables } from '@asiointi/feedback-data';
import type { ModuleEventConsumer } from '@asiointi/platform-service';

export function contactClosedConsumer(): ModuleEventConsumer<FeedbackTables> {
  return {
    name: 'feedback-contact-closed',
    types: [familyContactClosedEventType, guidanceContactClosedEventType],
    async handle(tx, event, parts) {
      const parsed = contactClosedEventSchema.safeParse(event.payload);
      if (!parsed.success) {
        parts.logger.error({ eventId: event.id, eventType: event.type }, 'unreadable event skipped');
        return;
      }
      const contact = parsed.data;
      // Idempotent by the event id (the platform's processed_events), so no dedupe key of its own.
      await recordServiceEvent(tx, {
        source: event.type,
        kind: contact.kind,
        unitId: contact.unitId,
        serviceCode: null,
        channel: contact.channel,
        month: `${contact.closedMonth}-01`,
        requested: false,
        dedupeKey: null,
      });
    },
  };
}
