export * from './audit-vocabulary';
export * from './audit-entry';
export * from './audited-procedure-meta';
export { auditLogTable, AUDIT_LOG_TABLE_NAME, type AuditLogTable, type AuditLogRow } from './audit-log-table';
export { appendOnlyTriggerSql, APPEND_ONLY_SQLSTATE } from './append-only-trigger-sql';
export { recordAudit, type AuditDatabase, type AuditLog } from './record-audit';
export { auditedRead, auditedChange, recordDeniedAccess, type TransactionOf } from './audited-work';
export { createAuditTrail, type AuditTrail } from './audit-trail';
export {
  defineAuditVocabulary,
  defineAuditSpecs,
  auditCodeSchema,
  AuditVocabularyError,
  type AuditVocabulary,
  type AuditSpecOf,
  type AuditResourceOf,
  type AuditPurposeOf,
} from './module-vocabulary/define-audit-vocabulary';
export {
  AUDIT_TRAIL_RESOURCE,
  DATA_SUBJECT_ACCESS_PURPOSE,
  platformAuditTerms,
} from './module-vocabulary/platform-audit-terms';
export {
  createAuditRouter,
  type AuditRouterContext,
  type CreateAuditRouterOptions,
  type ResidentProcedureFor,
} from './my-data-events/create-audit-router';
export type {
  AuditRouter,
  AuditServiceRouter,
  AuditServiceErrorShape,
} from './my-data-events/audit-router-type';
export {
  myDataEventsInputSchema,
  myDataEventsOutputSchema,
  dataEventSchema,
  dataEventActorSchema,
  dataEventActorKindSchema,
  type DataEventActorKind,
  MY_DATA_EVENTS_DEFAULT_LIMIT,
  MY_DATA_EVENTS_MAX_LIMIT,
  type DataEvent,
  type MyDataEventsInput,
  type MyDataEventsOutput,
} from './my-data-events/my-data-events-contract';
export { encodeEventCursor, decodeEventCursor, type EventPosition } from './my-data-events/event-cursor';
export {
  listSubjectEvents,
  type ListSubjectEventsOptions,
  type SubjectEventsPage,
} from './my-data-events/list-subject-events';
export {
  auditLabelsSchema,
  labelsForEvents,
  type AuditLabels,
} from './my-data-events/audit-labels';
