// The typed error codes the feedback service answers with besides the platform's (FORBIDDEN, …).
export const FeedbackErrorCode = {
  /** The unit is not in the county's unit directory. */
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  // Reports and the staff pulse (issue 11, part 2)
  /** No version of the staff pulse is published. */
  STAFF_PULSE_NOT_PUBLISHED: 'STAFF_PULSE_NOT_PUBLISHED',
  /** The caller has already answered the unit's staff pulse this month. */
  STAFF_PULSE_ALREADY_ANSWERED: 'STAFF_PULSE_ALREADY_ANSWERED',
  /** The answers do not fit the published version of the staff pulse. */
  STAFF_PULSE_ANSWERS_DO_NOT_FIT: 'STAFF_PULSE_ANSWERS_DO_NOT_FIT',
} as const;
export type FeedbackErrorCode = (typeof FeedbackErrorCode)[keyof typeof FeedbackErrorCode];
