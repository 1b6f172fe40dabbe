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
