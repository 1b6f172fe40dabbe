import { useTranslation } from 'react-i18next';
import { Link } from '@asiointi/platform-ui';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation('shell');
  return (
    <div className="shell-header">
      <Link href="/" className="shell-header__home">
        <span className="shell-header__region">{t('regionName')}</span>
        <span className="shell-header__service">{t('serviceName')}</span>
      </Link>
      <LanguageSwitch />
    </div>
  );
}
