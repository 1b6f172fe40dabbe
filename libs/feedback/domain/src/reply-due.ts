// When a reply to general feedback is due: 14 calendar days after the Helsinki day it arrived, and when an
// item is overdue (still waiting for a reply after that day).
import { replyDueCalendarDays, type GeneralFeedbackStatus } from '@asiointi/feedback-contract';
import { addCalendarDays, helsinkiDateOf, type PlainDate } from '@asiointi/platform-time';

/** The last Helsinki day the reply is due on. */
export function replyDueOn(receivedAt: Date): PlainDate {
  return addCalendarDays(helsinkiDateOf(receivedAt), replyDueCalendarDays);
}

/** Waiting for a reply (new or in progress) and the due day has passed in Helsinki. */
export function isOverdue(
  item: { status: GeneralFeedbackStatus; replyDueOn: string | null },
  today: PlainDate,
): boolean {
  if (item.replyDueOn === null) return false;
  if (item.status !== 'new' && item.status !== 'inProgress') return false;
  return today > item.replyDueOn;
}
