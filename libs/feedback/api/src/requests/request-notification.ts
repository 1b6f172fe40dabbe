// The feedback request's SMS, through the module's notification outbox in the consumer's transaction:
// scheduled for the request's send time, cancelled when the visit is withdrawn. Its params are the link
// (the token in the fragment, which browsers never send to a server), the unit's name and the last day.
import { feedbackAnswerPath } from '@asiointi/feedback-contract';
import { notificationOutbox, type FeedbackDb } from '@asiointi/feedback-data';
import { helsinkiDateOf } from '@asiointi/platform-time';
import { cancelNotifications, scheduleNotification } from '@asiointi/platform-notifications';

export const feedbackRequestTemplate = 'feedback.request';

const notificationKeyOf = (requestKey: string) => `feedback:${requestKey}:request`;

export function requestLinkOf(portalUrl: string, token: string): string {
  return `${portalUrl}${feedbackAnswerPath}#${token}`;
}

export interface RequestNotification {
  requestKey: string;
  personSubject: string;
  language: 'fi' | 'sv' | 'en';
  portalUrl: string;
  token: string;
  unitName: string | undefined;
  sendAt: Date;
  expiresAt: Date;
}

export async function scheduleRequestNotification(
  tx: FeedbackDb,
  request: RequestNotification,
): Promise<void> {
  // The link works until the end of the day before expiresAt (which is a Helsinki midnight).
  const lastDay = helsinkiDateOf(new Date(request.expiresAt.getTime() - 1));
  await scheduleNotification(tx, notificationOutbox, {
    channel: 'sms',
    recipientRef: `person:${request.personSubject}`,
    templateKey: feedbackRequestTemplate,
    templateParams: {
      link: requestLinkOf(request.portalUrl, request.token),
      lastDay,
      ...(request.unitName ? { unitName: request.unitName } : {}),
    },
    language: request.language,
    sendAt: request.sendAt,
    dedupeKey: notificationKeyOf(request.requestKey),
  });
}

export async function cancelRequestNotification(tx: FeedbackDb, requestKey: string): Promise<number> {
  return cancelNotifications(
    tx,
    notificationOutbox,
    { dedupeKey: notificationKeyOf(requestKey) },
    'visit-withdrawn',
  );
}
