export {
  feedbackDatabaseDefinition,
  feedbackMigrationsFolder,
  type FeedbackDb,
  type FeedbackTables,
} from './feedback-database';
export {
  auditLog,
  answers,
  freeTextAnswers,
  questionSetVersions,
  statementAnswers,
  eventOutbox,
  notificationLog,
  notificationOutbox,
  processedEvents,
} from './schema';
export { demoUnitIds, seedFeedbackDemoData } from './seed-demo-data';
// General feedback, the staff inbox, "you said, we did" and question-set administration.
export { changeEntries, generalFeedback, generalFeedbackEvents } from './schema';
export * from './general-feedback-queries';
export * from './change-entry-queries';
export * from './question-set-version-queries';
// Reports (issue 11, part 2)
export { staffPulseMarkers } from './schema';
export {
  maxReportComments,
  readAnswerGroups,
  readComments,
  readStatementGroups,
  type AnswerGroupRow,
  type CommentRow,
  type CommentScope,
  type ReportScope,
  type StatementGroupRow,
} from './report-queries';
export {
  findPublishedQuestionSet,
  hasStaffPulseMarker,
  insertStaffPulseAnswer,
  type NewStaffPulseAnswer,
} from './staff-pulse-queries';
// Feedback requests after service events (issue 11, part 1).
export { feedbackRequests, serviceEvents } from './schema';
export {
  createFeedbackRequest,
  expireFeedbackRequest,
  findFeedbackRequestByTokenHash,
  saveFeedbackDraft,
  useFeedbackRequest,
  withdrawFeedbackRequest,
  type CreateRequestOutcome,
  type FeedbackRequestRow,
  type NewFeedbackRequest,
} from './feedback-request-queries';
export { insertAnswer, type AnswerFiling } from './answer-queries';
export { latestPublishedQuestionSet, publishedQuestionSetVersion } from './question-set-queries';
export { recordServiceEvent, removeServiceEvent, type NewServiceEvent } from './service-event-queries';
// Answers released to reports in batches (issue 11 review)
export {
  insertAnswerAndReleaseBatches,
  releaseFullBatch,
  type AnswerReleaseGroup,
  type NewAnswer,
} from './answer-release';
// Service names, so that reports show names, not codes.
export { serviceNames } from './schema';
export { rememberServiceName, serviceNamesOf } from './service-name-queries';
