import { useTranslation } from 'react-i18next';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { useActingFor } from '../acting/acting-for-context';
import { useDocumentTitle } from '../layout/use-document-title';
import { PageHeading } from '../pages/PageHeading';
import { ModuleEvents } from './ModuleEvents';

/**
 * "Who has handled my data" (Client Data Act 703/2023, section 11): the audit events of every
 * module service in the manifest about the resident, or about the person they act for.
 */
export function DataAccessPage({ remotes }: { remotes: RuntimeRemote[] }) {
  const { t } = useTranslation('shell');
  const { current } = useActingFor();
  useDocumentTitle(t('dataAccess.title'));
  return (
    <div className="shell-data-access">
      <PageHeading>{t('dataAccess.title')}</PageHeading>
      <p className="shell-prose-width">{t('dataAccess.intro')}</p>
      {current ? (
        <p>
          <strong>{t('dataAccess.actingFor', { name: current.displayName })}</strong>
        </p>
      ) : null}
      {remotes.length === 0 ? <p>{t('dataAccess.noServices')}</p> : null}
      {remotes.map((remote) => (
        <ModuleEvents key={remote.name} remote={remote} subjectGivenName={current?.givenName} />
      ))}
    </div>
  );
}
