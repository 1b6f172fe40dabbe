import { useTranslation } from 'react-i18next';
import { RemoteBoundary, type RemoteModuleProps, type RuntimeRemote } from '@asiointi/platform-federation';
import { useLanguage } from '@asiointi/platform-i18n';
import { useDocumentTitle } from '../layout/use-document-title';
import { modulePath } from './module-path';

/** A module's pages: its remote, loaded at runtime, with the module's own routes under its path. */
export function ModulePage({ remote }: { remote: RuntimeRemote }) {
  const { t } = useTranslation('shell');
  const { language } = useLanguage();
  const title = t(`modules.${remote.name}.title`);
  useDocumentTitle(title);
  const props: RemoteModuleProps = { apiUrl: remote.apiUrl, basePath: modulePath(remote.name), language };
  return <RemoteBoundary key={remote.name} remoteName={remote.name} title={title} props={props} />;
}
