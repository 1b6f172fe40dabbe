export {
  localizedTextSchema,
  maxLocalizedTextLength,
  portalLanguages,
  type LocalizedText,
  type PortalLanguage,
} from './localized-text';
export { plainDateSchema, type PlainDateText } from './plain-date';
export * from './figures/index';
