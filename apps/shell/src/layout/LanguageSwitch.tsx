import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageEndonyms, supportedLanguages, useLanguage } from '@asiointi/platform-i18n';
import { Button } from '@asiointi/platform-ui';

/**
 * One button per language, each named in its own language (with a matching `lang`, so screen
 * readers pronounce it right); the current one is marked pressed.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const labelId = useId();
  return (
    <div className="shell-language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="asi-visually-hidden">
        {t('languageSwitch.label')}
      </span>
      {supportedLanguages.map((option) => (
        <Button
          key={option}
          lang={option}
          variant={option === language ? 'primary' : 'secondary'}
          aria-pressed={option === language}
          onPress={() => setLanguage(option)}
        >
          {languageEndonyms[option]}
        </Button>
      ))}
    </div>
  );
}
