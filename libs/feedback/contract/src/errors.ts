// The typed error codes the feedback service answers with besides the platform's (FORBIDDEN, …).
export const FeedbackErrorCode = {
  /** The unit is not in the county's unit directory. */
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
} as const;
export type FeedbackErrorCode = (typeof FeedbackErrorCode)[keyof typeof FeedbackErrorCode];
