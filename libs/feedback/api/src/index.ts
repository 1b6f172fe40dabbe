export { feedbackRouter, type FeedbackRouter } from './feedback-router';
export {
  feedbackContextFactory,
  createCallerFactory,
  FEEDBACK_ACTING_SCOPE,
  type FeedbackContext,
  type FeedbackContextParts,
} from './trpc';
export { feedbackAuditSpecs, feedbackAuditTrail, feedbackAuditVocabulary } from './audit-trail';
export { computeFeedbackFigures, generalFeedbackReceivedFigure } from './figures/feedback-figures';
export { renderFeedbackReply } from './inbox/feedback-reply-message';
export { feedbackReplyTemplate } from './inbox/feedback-reply-notification';
// Reports (issue 11, part 2)
export { clientNpsFigure, coreStatementFigure, staffNpsFigure } from './figures/feedback-figures';
export { developmentPulseMarkerSecret } from './trpc';
export { staffPulseMarker } from './routers/staff-pulse-router';
// Feedback requests after service events (issue 11, part 1).
export { feedbackConsumers } from './consumers/feedback-consumers';
export { feedbackRequestTemplate, requestLinkOf } from './requests/request-notification';
export { hashRequestToken, newRequestToken } from './requests/request-token';
export {
  createFailedLookupLimiter,
  type FailedLookupLimiter,
  type FailedLookupLimiterOptions,
} from './requests/failed-lookup-limiter';
