import { useTranslation } from 'react-i18next';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { useLanguage } from '@asiointi/platform-i18n';
import { Alert, Link } from '@asiointi/platform-ui';
import { useDocumentTitle } from '../layout/use-document-title';
import { modulePath } from './module-path';
import { PageHeading } from './PageHeading';

export interface FrontPageProps {
  /** The modules deployed now: only these get a tile. */
  remotes: RuntimeRemote[];
  /** remotes.json could not be loaded: say so instead of showing an empty page. */
  manifestUnavailable: boolean;
}

export function FrontPage({ remotes, manifestUnavailable }: FrontPageProps) {
  const { t } = useTranslation('shell');
  const { language } = useLanguage();
  useDocumentTitle(t('home.title'));
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="shell-lead">{t('home.intro')}</p>
      <h2>{t('home.servicesHeading')}</h2>
      {manifestUnavailable ? <Alert variant="error">{t('home.manifestUnavailable')}</Alert> : null}
      {!manifestUnavailable && remotes.length === 0 ? <p>{t('home.noServices')}</p> : null}
      {remotes.length > 0 ? (
        <ul className="shell-tiles">
          {remotes.map(({ name, title, description }) => (
            <li key={name} className="shell-tile">
              <h3 className="shell-tile__title">
                <Link href={modulePath(name)} className="shell-tile__link">
                  {title[language]}
                </Link>
              </h3>
              <p className="shell-tile__description">{description[language]}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
