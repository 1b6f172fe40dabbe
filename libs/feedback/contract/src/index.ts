export * from './answer-scales';
export {
  addCatalogueEntryInputSchema,
  catalogueEntrySchema,
  maxEntryDescriptionLength,
  maxListedEntries,
  staffUnitSchema,
  type AddCatalogueEntryInput,
  type CatalogueEntry,
  type StaffUnit,
} from './catalogue';
export { FeedbackErrorCode } from './errors';
export { feedbackStaffRoles, type FeedbackStaffRole } from './staff-access';
export * from './question-sets';
export * from './answers';
export * from './consumed-events';
export * from './feedback-requests';
