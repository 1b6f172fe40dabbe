import { useTranslation } from 'react-i18next';
import { RemoteBoundary, type RemoteModuleProps, type RuntimeRemote } from '@asiointi/platform-federation';
import { useLanguage } from '@asiointi/platform-i18n';
import { LoadingState } from '@asiointi/platform-ui';
import { useRemoteAuth } from '../app/use-remote-auth';
import { useSession } from '../auth/portal-session';
import { useDocumentTitle } from '../layout/use-document-title';
import { modulePath } from './module-path';
import { PageHeading } from './PageHeading';

/** A module's pages: its remote, loaded at runtime, with the module's own routes under its path. */
export function ModulePage({ remote }: { remote: RuntimeRemote }) {
  const { t } = useTranslation('shell');
  const { language } = useLanguage();
  const { status } = useSession();
  const auth = useRemoteAuth();
  const title = remote.title[language];
  useDocumentTitle(title);
  // Until a reload's session is restored the remote would see nobody signed in, ask its service
  // without a token, and flash a sign-in prompt: it waits for the moment that takes.
  if (status === 'checking' || status === 'signing-out') {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <LoadingState>{t('auth.checking')}</LoadingState>
      </>
    );
  }
  const props: RemoteModuleProps = {
    apiUrl: remote.apiUrl,
    basePath: modulePath(remote.name),
    language,
    auth,
  };
  return <RemoteBoundary key={remote.name} remoteName={remote.name} title={title} props={props} />;
}
