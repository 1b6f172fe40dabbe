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
