// @vitest-environment happy-dom
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseLanguage, initI18n, languageStorageKey, preferLanguage, type LanguageStorage } from '../src';

function memoryStorage(
  initial: Record<string, string> = {},
): LanguageStorage & { values: Record<string, string> } {
  const values = { ...initial };
  return {
    values,
    getItem: (key) => values[key] ?? null,
    setItem: (key, value) => {
      values[key] = value;
    },
  };
}

describe('initI18n', () => {
  beforeEach(() => {
    document.documentElement.lang = '';
  });

  it('starts in Finnish when the user has made no choice', () => {
    const i18n = initI18n({ instance: i18next.createInstance(), storage: memoryStorage() });
    expect(i18n.language).toBe('fi');
    expect(i18n.t('skipToMainContent')).toBe('Siirry pääsisältöön');
    expect(document.documentElement.lang).toBe('fi');
  });

  it('starts in the language the user chose on an earlier visit', () => {
    const storage = memoryStorage({ [languageStorageKey]: 'sv' });
    const i18n = initI18n({ instance: i18next.createInstance(), storage });
    expect(i18n.language).toBe('sv');
    expect(i18n.t('remote.retry')).toBe('Försök igen');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('ignores a remembered value that is not a supported language', () => {
    const storage = memoryStorage({ [languageStorageKey]: 'de' });
    expect(initI18n({ instance: i18next.createInstance(), storage }).language).toBe('fi');
  });

  it('remembers the language the user chooses and moves <html lang> with it', () => {
    const storage = memoryStorage();
    const i18n = initI18n({ instance: i18next.createInstance(), storage });
    chooseLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(storage.values[languageStorageKey]).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('remote.unavailable')).toBe(
      'The service is not available right now. Please try again later.',
    );
  });

  it('follows the sign-in’s language while the user has chosen none, without remembering it', () => {
    const storage = memoryStorage();
    const i18n = initI18n({ instance: i18next.createInstance(), storage });
    preferLanguage(i18n, 'sv');
    expect(i18n.language).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
    expect(storage.values[languageStorageKey]).toBeUndefined();
  });

  it('keeps the user’s own choice over the sign-in’s language', () => {
    const storage = memoryStorage({ [languageStorageKey]: 'fi' });
    const i18n = initI18n({ instance: i18next.createInstance(), storage });
    preferLanguage(i18n, 'en');
    expect(i18n.language).toBe('fi');
  });

  it('keeps working when storage throws (private browsing)', async () => {
    const broken: LanguageStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const i18n = initI18n({ instance: i18next.createInstance(), storage: broken });
    await i18n.changeLanguage('sv');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('returns the instance already set up when called again', () => {
    const instance = i18next.createInstance();
    const first = initI18n({ instance, storage: memoryStorage() });
    expect(initI18n({ instance, storage: memoryStorage({ [languageStorageKey]: 'en' }) })).toBe(first);
    expect(first.language).toBe('fi');
  });
});
