// A reply to general feedback goes out through the module's notification outbox, in the same transaction
// as the reply: to the e-mail address the sender gave (else the phone number), in their language. The
// reply's text stays in the handling history; the outbox row names it only by the reply's id, and the
// service's render reads it at send time (feedbackReplyMessage), so no log or params carry it.
import { notificationOutbox, type FeedbackDb, type GeneralFeedbackRow } from '@asiointi/feedback-data';
import { scheduleNotification } from '@asiointi/platform-notifications';

export const feedbackReplyTemplate = 'feedback.reply';

export interface ReplyAddress {
  channel: 'sms' | 'email';
  address: string;
  language: 'fi' | 'sv' | 'en';
}

/** Where a reply to the item goes, or null when its sender left no contact details. */
export function replyAddressOf(row: GeneralFeedbackRow): ReplyAddress | null {
  const language = row.contactLanguage as ReplyAddress['language'] | null;
  if (language === null) return null;
  if (row.contactEmail) return { channel: 'email', address: row.contactEmail, language };
  if (row.contactPhone) return { channel: 'sms', address: row.contactPhone, language };
  return null;
}

export async function scheduleFeedbackReply(
  tx: FeedbackDb,
  reply: { replyId: string; feedbackId: string; to: ReplyAddress; unitNameInLanguage: string; now: Date },
): Promise<void> {
  await scheduleNotification(tx, notificationOutbox, {
    channel: reply.to.channel,
    recipientRef: `general-feedback:${reply.feedbackId}`,
    recipientAddress: reply.to.address,
    templateKey: feedbackReplyTemplate,
    templateParams: { replyId: reply.replyId, unitName: reply.unitNameInLanguage },
    language: reply.to.language,
    sendAt: reply.now,
    dedupeKey: `feedback-reply:${reply.replyId}`,
  });
}
