import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, preferLanguage } from './language-choice';
import { toLanguage, type Language } from './languages';

/**
 * The current language, re-rendering on change; `setLanguage` is the user's own choice (remembered),
 * `suggestLanguage` one from elsewhere (the sign-in), applied only while the user has chosen none.
 */
export function useLanguage(): {
  language: Language;
  setLanguage: (language: Language) => void;
  suggestLanguage: (language: Language) => void;
} {
  const { i18n } = useTranslation();
  const setLanguage = useCallback((language: Language) => chooseLanguage(i18n, language), [i18n]);
  const suggestLanguage = useCallback((language: Language) => preferLanguage(i18n, language), [i18n]);
  return { language: toLanguage(i18n.resolvedLanguage ?? i18n.language), setLanguage, suggestLanguage };
}
