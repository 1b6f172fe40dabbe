import './i18next-types';

export { commonNamespace, commonStrings, type CommonStrings } from './common-strings';
export {
  formatDate,
  formatDateTime,
  formatDateWithWeekday,
  formatPlainDate,
  formatPlainDateWithWeekday,
  formatTime,
  formatWallTime,
  type DateInput,
} from './format';
export { initI18n, type InitI18nOptions } from './init-i18n';
export { chooseLanguage, preferLanguage } from './language-choice';
export { languageStorageKey, readStoredLanguage, type LanguageStorage } from './language-storage';
export {
  defaultLanguage,
  isLanguage,
  languageEndonyms,
  localeOf,
  supportedLanguages,
  toLanguage,
  type Language,
} from './languages';
export { addNamespace, type NamespaceBundles } from './namespaces';
export { addNamespacePart } from './namespace-part';
export { useDateFormat } from './use-date-format';
export { useLanguage } from './use-language';
export { useNamespace } from './use-namespace';
