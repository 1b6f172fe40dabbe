export {
  localizedTextSchema,
  maxLocalizedTextLength,
  portalLanguages,
  type LocalizedText,
  type PortalLanguage,
} from './localized-text';
export { plainDateSchema, type PlainDateText } from './plain-date';
export {
  maxDirectoryUnits,
  soteOrganisationOidSchema,
  unitDirectoryEntrySchema,
  unitDirectoryResponseSchema,
  type UnitDirectoryEntry,
  type UnitDirectoryResponse,
} from './unit-directory';
