import { isLanguage, type Language } from './languages';

/** Where the user's own language choice is remembered between visits. */
export const languageStorageKey = 'asiointi.language';

/** The subset of Web Storage this module needs, so tests and private modes can pass their own. */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function browserStorage(): LanguageStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return undefined;
  }
}

export function readStoredLanguage(storage: LanguageStorage | undefined): Language | undefined {
  try {
    const value = storage?.getItem(languageStorageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(storage: LanguageStorage | undefined, language: Language): void {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // A full or disabled storage only costs the remembered choice, never the page.
  }
}
