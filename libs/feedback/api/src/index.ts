export { feedbackRouter, type FeedbackRouter } from './feedback-router';
export {
  feedbackContextFactory,
  createCallerFactory,
  FEEDBACK_ACTING_SCOPE,
  type FeedbackContext,
  type FeedbackContextParts,
} from './trpc';
export { feedbackAuditSpecs, feedbackAuditTrail, feedbackAuditVocabulary } from './audit-trail';
export { catalogueEntriesFigure, computeFeedbackFigures } from './figures/feedback-figures';
// Feedback requests after service events (issue 11, part 1).
export { feedbackConsumers } from './consumers/feedback-consumers';
export { feedbackRequestTemplate, requestLinkOf } from './requests/request-notification';
export { hashRequestToken, newRequestToken } from './requests/request-token';
export {
  createFailedLookupLimiter,
  type FailedLookupLimiter,
  type FailedLookupLimiterOptions,
} from './requests/failed-lookup-limiter';
