// The handling workflow of general feedback: new -> in progress -> answered -> closed, with the few ways
// back a real inbox needs (an answered item reopened when the sender writes again; a closed one reopened).
// Only a sent reply makes an item answered (no status change does), and an item whose sender wants a reply
// is not closed before a reply has been sent.
import type { GeneralFeedbackStatus } from '@asiointi/feedback-contract';

const nextStatuses: Record<GeneralFeedbackStatus, readonly GeneralFeedbackStatus[]> = {
  new: ['inProgress', 'closed'],
  inProgress: ['closed'],
  answered: ['inProgress', 'closed'],
  closed: ['inProgress'],
};

/** The statuses an item may be set to from its current one (a reply sets 'answered' itself). */
export function nextStatusesOf(status: GeneralFeedbackStatus): readonly GeneralFeedbackStatus[] {
  return nextStatuses[status];
}

export function canMoveTo(from: GeneralFeedbackStatus, to: GeneralFeedbackStatus): boolean {
  return nextStatuses[from].includes(to);
}

/** Whether the item may be closed: not while its sender wants a reply that has not been sent. */
export function canClose(item: { replyWanted: boolean; replied: boolean }): boolean {
  return !item.replyWanted || item.replied;
}

/** A reply may be sent unless the item is closed; it leaves the item answered. */
export function canReply(status: GeneralFeedbackStatus): boolean {
  return status !== 'closed';
}
