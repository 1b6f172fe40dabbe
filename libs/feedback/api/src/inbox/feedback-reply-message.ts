// The text of a reply to general feedback, rendered by the feedback service's notification sender at send
// time: a greeting line in the sender's language, the reply as the professional wrote it (read from the
// handling history by its id) and the unit's name.
import { findReplyText, type FeedbackDb } from '@asiointi/feedback-data';
import {
  PermanentDeliveryError,
  type MessageToRender,
  type RenderedMessage,
} from '@asiointi/platform-notifications';

const words = {
  fi: { subject: 'Vastaus palautteeseesi', intro: (unit: string) => `Vastaus palautteeseesi (${unit}):` },
  sv: { subject: 'Svar på din respons', intro: (unit: string) => `Svar på din respons (${unit}):` },
  en: { subject: 'A reply to your feedback', intro: (unit: string) => `A reply to your feedback (${unit}):` },
} as const;

export async function renderFeedbackReply(message: MessageToRender, db: FeedbackDb): Promise<RenderedMessage> {
  const { replyId, unitName } = message.templateParams;
  if (typeof replyId !== 'string' || typeof unitName !== 'string')
    throw new PermanentDeliveryError('feedback.reply without its reply');
  const replyText = await findReplyText(db, replyId);
  if (!replyText) throw new PermanentDeliveryError('feedback.reply: the reply is gone');
  const wording = words[message.language];
  const text = `${wording.intro(unitName)}\n\n${replyText}\n\n${unitName}`;
  return message.channel === 'email' ? { subject: wording.subject, text } : { text };
}
