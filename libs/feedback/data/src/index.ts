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
