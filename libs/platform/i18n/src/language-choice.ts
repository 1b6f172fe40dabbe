import type { i18n } from 'i18next';
import { browserStorage, readStoredLanguage, storeLanguage, type LanguageStorage } from './language-storage';
import type { Language } from './languages';

// Where each instance remembers the user's choice (set by initI18n); localStorage otherwise.
const storageOf = new WeakMap<i18n, LanguageStorage | undefined>();

export function setChoiceStorage(instance: i18n, storage: LanguageStorage | undefined): void {
  storageOf.set(instance, storage);
}

function storageFor(instance: i18n): LanguageStorage | undefined {
  return storageOf.has(instance) ? storageOf.get(instance) : browserStorage();
}

/** The user picked a language: show it and remember it for the next visits. */
export function chooseLanguage(instance: i18n, language: Language): void {
  storeLanguage(storageFor(instance), language);
  void instance.changeLanguage(language);
}

/**
 * A language someone else suggests (the sign-in token's `locale`): shown only while the user has
 * not chosen one, and not remembered, so it never outranks a choice the user makes later.
 */
export function preferLanguage(instance: i18n, language: Language): void {
  if (readStoredLanguage(storageFor(instance))) return;
  void instance.changeLanguage(language);
}
