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
// Answers released to reports in batches (issue 11 review)
export {
  insertAnswerAndReleaseBatches,
  releaseFullBatch,
  type AnswerReleaseGroup,
  type NewAnswer,
} from './answer-release';
