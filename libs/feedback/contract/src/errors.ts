// The typed error codes the feedback service answers with besides the platform's (FORBIDDEN, …).
export const FeedbackErrorCode = {
  /** The unit is not in the county's unit directory. */
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  // Feedback requests (issue 11, part 1).
  /** The link's token is used, expired, withdrawn or unknown: one answer for all, never which. */
  REQUEST_LINK_UNUSABLE: 'REQUEST_LINK_UNUSABLE',
  /** Too many unusable links from this client: wait a while. */
  REQUEST_LINK_ATTEMPTS_EXCEEDED: 'REQUEST_LINK_ATTEMPTS_EXCEEDED',
  /** The sheet does not fit the set's version (unknown question, wrong kind, text too long). */
  ANSWER_SHEET_INVALID: 'ANSWER_SHEET_INVALID',
  /** A finished answer answers at least one question. */
  ANSWER_SHEET_EMPTY: 'ANSWER_SHEET_EMPTY',
} as const;
export type FeedbackErrorCode = (typeof FeedbackErrorCode)[keyof typeof FeedbackErrorCode];
