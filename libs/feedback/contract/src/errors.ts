// The typed error codes the feedback service answers with besides the platform's (FORBIDDEN, …).
export const FeedbackErrorCode = {
  /** The unit is not in the county's unit directory. */
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  /** No general feedback item by that id in the caller's units. */
  FEEDBACK_NOT_FOUND: 'FEEDBACK_NOT_FOUND',
  /** The item cannot move from its status to the one asked for. */
  INVALID_STATUS_TRANSITION: 'INVALID_STATUS_TRANSITION',
  /** A reply was asked for an item whose sender left no contact details and was not signed in. */
  NO_REPLY_ADDRESS: 'NO_REPLY_ADDRESS',
  /** The item is closed: reopen it first. */
  FEEDBACK_CLOSED: 'FEEDBACK_CLOSED',
  /** The item already is in that unit. */
  ALREADY_IN_UNIT: 'ALREADY_IN_UNIT',
  /** No "you said, we did" entry by that id in the caller's units. */
  CHANGE_ENTRY_NOT_FOUND: 'CHANGE_ENTRY_NOT_FOUND',
  /** No question-set version by that id. */
  QUESTION_SET_VERSION_NOT_FOUND: 'QUESTION_SET_VERSION_NOT_FOUND',
  /** No published version of the set to make a draft from. */
  NO_PUBLISHED_QUESTION_SET: 'NO_PUBLISHED_QUESTION_SET',
  /** A draft of the set exists already: edit or publish it. */
  QUESTION_SET_DRAFT_EXISTS: 'QUESTION_SET_DRAFT_EXISTS',
  /** A published (or retired) version is never edited: make a new draft. */
  QUESTION_SET_VERSION_PUBLISHED: 'QUESTION_SET_VERSION_PUBLISHED',
  /** National core statements and the recommendation question are not removed or reworded. */
  NATIONAL_QUESTION_LOCKED: 'NATIONAL_QUESTION_LOCKED',
  /** No question by that id in the version. */
  QUESTION_NOT_FOUND: 'QUESTION_NOT_FOUND',
  /** The set holds the most questions a set may have. */
  TOO_MANY_QUESTIONS: 'TOO_MANY_QUESTIONS',
  // Reports and the staff pulse (issue 11, part 2)
  /** No version of the staff pulse is published. */
  STAFF_PULSE_NOT_PUBLISHED: 'STAFF_PULSE_NOT_PUBLISHED',
  /** The caller has already answered the unit's staff pulse this month. */
  STAFF_PULSE_ALREADY_ANSWERED: 'STAFF_PULSE_ALREADY_ANSWERED',
  /** The answers do not fit the published version of the staff pulse. */
  STAFF_PULSE_ANSWERS_DO_NOT_FIT: 'STAFF_PULSE_ANSWERS_DO_NOT_FIT',
  // Feedback requests (issue 11, part 1).
  /** The link's token is used, expired, withdrawn or unknown: one answer for all, never which. */
  REQUEST_LINK_UNUSABLE: 'REQUEST_LINK_UNUSABLE',
  /** Too many unusable links from this client: wait a while. */
  REQUEST_LINK_ATTEMPTS_EXCEEDED: 'REQUEST_LINK_ATTEMPTS_EXCEEDED',
  /** The sheet does not fit the set's version (unknown question, wrong kind, text too long). */
  ANSWER_SHEET_INVALID: 'ANSWER_SHEET_INVALID',
  /** A finished answer answers at least one question. */
  ANSWER_SHEET_EMPTY: 'ANSWER_SHEET_EMPTY',
  // Review fixes (issue 11)
  /** The sender wants a reply and none has been sent: reply before closing. */
  REPLY_PENDING: 'REPLY_PENDING',
} as const;
export type FeedbackErrorCode = (typeof FeedbackErrorCode)[keyof typeof FeedbackErrorCode];
