import { useTranslation } from 'react-i18next';
import { Link } from '@asiointi/platform-ui';

export function Footer() {
  const { t } = useTranslation('shell');
  return (
    <div className="shell-footer">
      <p className="shell-footer__region">{t('regionName')}</p>
      <ul className="shell-footer__links">
        <li>
          <Link href="/">{t('footer.homeLink')}</Link>
        </li>
        <li>
          <Link href="/accessibility">{t('footer.accessibility')}</Link>
        </li>
      </ul>
    </div>
  );
}
