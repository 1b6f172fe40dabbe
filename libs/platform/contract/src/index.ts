export {
  localizedTextSchema,
  maxLocalizedTextLength,
  portalLanguages,
  type LocalizedText,
  type PortalLanguage,
} from './localized-text';
export { municipalityName } from './municipality-names';
export { instantSchema, plainDateSchema, supportedYears, type PlainDateText } from './plain-date';
export { freeTextSchema, phoneNumberSchema, singleLineTextSchema } from './text';
export { federationNameOf, moduleNameSchema, type ModuleName } from './module-name';
export {
  runtimeManifestSchema,
  runtimeRemoteSchema,
  type RuntimeManifest,
  type RuntimeRemote,
} from './runtime-manifest';
export * from './figures/index';
export {
  maxDirectoryUnits,
  soteOrganisationOidSchema,
  unitDirectoryEntrySchema,
  unitDirectoryResponseSchema,
  type UnitDirectoryEntry,
  type UnitDirectoryResponse,
} from './unit-directory';
