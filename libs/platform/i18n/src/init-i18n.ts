import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonNamespace, commonStrings } from './common-strings';
import { setChoiceStorage } from './language-choice';
import { browserStorage, readStoredLanguage, type LanguageStorage } from './language-storage';
import { defaultLanguage, supportedLanguages, toLanguage, type Language } from './languages';

export interface InitI18nOptions {
  /**
   * The instance to set up. Defaults to i18next's global instance: i18next and react-i18next are
   * Module Federation singletons, so the shell and every remote reach this same object.
   */
  instance?: i18n;
  /** Where the choice is remembered; defaults to localStorage. */
  storage?: LanguageStorage;
  /** The document whose `<html lang>` follows the language; defaults to the current one. */
  document?: Document;
}

/**
 * Sets up translations once for the whole portal (the shell calls this before rendering). The
 * language is the one the user chose earlier, else Finnish. Every later change of language updates
 * `<html lang>`; only `chooseLanguage` (the user's own choice) is remembered. Calling this again
 * returns the instance already set up, so a remote running standalone may call it too.
 */
export function initI18n(options: InitI18nOptions = {}): i18n {
  const instance = options.instance ?? i18next;
  if (instance.isInitialized) return instance;

  const storage = options.storage ?? browserStorage();
  const doc = options.document ?? globalThis.document;
  const language = readStoredLanguage(storage) ?? defaultLanguage;
  setChoiceStorage(instance, storage);

  instance.on('languageChanged', (next) => setDocumentLanguage(doc, toLanguage(next)));

  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...supportedLanguages],
    ns: [commonNamespace],
    defaultNS: commonNamespace,
    resources: Object.fromEntries(
      supportedLanguages.map((lang) => [lang, { [commonNamespace]: commonStrings[lang] }]),
    ),
    // React escapes output itself.
    interpolation: { escapeValue: false },
    // Resources are inline, so initialising synchronously lets the first render be translated.
    initAsync: false,
  });
  setDocumentLanguage(doc, language);
  return instance;
}

function setDocumentLanguage(doc: Document | undefined, language: Language): void {
  if (doc?.documentElement) doc.documentElement.lang = language;
}
