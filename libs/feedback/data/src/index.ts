export {
  feedbackDatabaseDefinition,
  feedbackMigrationsFolder,
  type FeedbackDb,
  type FeedbackTables,
} from './feedback-database';
export {
  countCatalogueEntriesByUnit,
  insertCatalogueEntry,
  listCatalogueEntries,
  type CatalogueEntryRow,
  type NewCatalogueEntry,
} from './catalogue-queries';
export {
  auditLog,
  answers,
  catalogueEntries,
  freeTextAnswers,
  questionSetVersions,
  statementAnswers,
  eventOutbox,
  notificationLog,
  notificationOutbox,
  processedEvents,
} from './schema';
export { demoUnitIds, seedFeedbackDemoData } from './seed-demo-data';
// Reports (issue 11, part 2)
export { staffPulseMarkers } from './schema';
export {
  maxReportComments,
  readAnswerGroups,
  readComments,
  readStatementGroups,
  type AnswerGroupRow,
  type CommentRow,
  type ReportScope,
  type StatementGroupRow,
} from './report-queries';
export {
  findPublishedQuestionSet,
  hasStaffPulseMarker,
  insertStaffPulseAnswer,
  type NewStaffPulseAnswer,
} from './staff-pulse-queries';
