import { useTranslation } from 'react-i18next';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { Link } from '@asiointi/platform-ui';
import { modulePath } from '../shared/module-paths';

export interface ResidentPageProps {
  auth: RemoteAuth;
  basePath: string;
}

/** The module's front page: give feedback, read "you said, we did", one's own feedback, staff pages. */
export function FrontPage({ auth, basePath }: ResidentPageProps) {
  const { t } = useTranslation('feedback');
  const links = [
    { path: 'give', title: t('front.give'), description: t('front.giveDescription') },
    { path: 'changes', title: t('front.changes'), description: t('front.changesDescription') },
    ...(auth.principalKind === 'resident'
      ? [{ path: 'mine', title: t('front.mine'), description: t('front.mineDescription') }]
      : []),
  ];
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul className="feedback-links">
        {links.map((link) => (
          <li key={link.path}>
            <Link href={modulePath(basePath, link.path)}>{link.title}</Link>
            <p>{link.description}</p>
          </li>
        ))}
      </ul>
      {auth.principalKind === 'staff' ? (
        <p>
          <Link href={modulePath(basePath, 'staff')}>{t('staffLink')}</Link>
        </p>
      ) : null}
    </div>
  );
}
