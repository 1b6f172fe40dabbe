// booking.visit.completed -> a feedback request: one per booking (dedupe key), in the general set or, when
// the event tells an age of 7–12, the children's set; an SMS with the link scheduled a delay after the
// visit, never at night. The service event is recorded for the response rate. Re-marking a withdrawn visit
// opens its request again with a new token.
import {
  visitCompletedEventSchema,
  visitCompletedEventType,
  type QuestionSetKey,
} from '@asiointi/feedback-contract';
import {
  createFeedbackRequest,
  latestPublishedQuestionSet,
  recordServiceEvent,
  rememberServiceName,
  type FeedbackTables,
} from '@asiointi/feedback-data';
import {
  helsinkiMonthOf,
  questionSetForAge,
  requestTiming,
  type RequestTimingRules,
} from '@asiointi/feedback-domain';
import { systemAuditActor } from '@asiointi/platform-audit';
import type { ModuleEventConsumer } from '@asiointi/platform-service';
import { feedbackAuditSpecs, feedbackAuditTrail } from '../audit-trail';
import { newRequestToken } from '../requests/request-token';
import { scheduleRequestNotification } from '../requests/request-notification';
import { bookingRequestKey, unitNameForMessage } from './consumer-helpers';

export function visitCompletedConsumer(rules: RequestTimingRules): ModuleEventConsumer<FeedbackTables> {
  return {
    name: 'feedback-visit-completed',
    types: [visitCompletedEventType],
    async handle(tx, event, parts) {
      const parsed = visitCompletedEventSchema.safeParse(event.payload);
      if (!parsed.success) {
        // Redelivery would not change it: logged (ids only, never the payload) and skipped.
        parts.logger.error({ eventId: event.id, eventType: event.type }, 'unreadable event skipped');
        return;
      }
      const visit = parsed.data;
      const setKey: QuestionSetKey = questionSetForAge(visit.age);
      const set = await latestPublishedQuestionSet(tx, setKey);
      // The migrations publish every national set; without one the event waits for it (redelivered).
      if (!set) throw new Error(`no published version of the question set ${setKey}`);
      const visitedAt = new Date(visit.visitedAt);
      const timing = requestTiming(visitedAt, new Date(event.occurredAt), rules);
      const requestKey = bookingRequestKey(visit.bookingId);
      const month = helsinkiMonthOf(visitedAt);
      const channel = visit.channel ?? 'unknown';
      const language = visit.language ?? 'fi';
      const { token, tokenHash } = newRequestToken();
      const created = await createFeedbackRequest(tx, {
        tokenHash,
        unitId: visit.unitId,
        serviceCode: visit.serviceCode,
        channel,
        month,
        setKey: set.key,
        setVersion: set.version,
        language,
        expiresAt: timing.expiresAt,
        dedupeKey: requestKey,
      });
      await recordServiceEvent(tx, {
        source: event.type,
        kind: null,
        unitId: visit.unitId,
        serviceCode: visit.serviceCode,
        channel,
        month,
        requested: true,
        dedupeKey: requestKey,
      });
      if (visit.serviceName) await rememberServiceName(tx, visit.serviceCode, visit.serviceName);
      if (created.outcome === 'exists') return;
      await scheduleRequestNotification(tx, {
        requestKey,
        personSubject: visit.personSubject,
        language,
        portalUrl: parts.portalUrl,
        token,
        unitName: await unitNameForMessage(parts.units, visit.unitId, language),
        sendAt: timing.sendAt,
        expiresAt: timing.expiresAt,
      });
      // The person's data was used (to send them a request): on their "who has handled my data" page.
      await feedbackAuditTrail.record(
        tx,
        { requestId: event.id, actor: systemAuditActor },
        { ...feedbackAuditSpecs.requestScheduled, subjectPerson: visit.personSubject },
      );
    },
  };
}
