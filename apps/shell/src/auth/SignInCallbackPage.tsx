import { useTranslation } from 'react-i18next';
import { LoadingState } from '@asiointi/platform-ui';
import { PageHeading } from '../pages/PageHeading';
import { useDocumentTitle } from '../layout/use-document-title';

/** /auth/callback: shown for the moment the provider's answer is checked and tokens fetched. */
export function SignInCallbackPage() {
  const { t } = useTranslation('shell');
  useDocumentTitle(t('auth.signingIn'));
  return (
    <>
      <PageHeading>{t('auth.signingIn')}</PageHeading>
      <LoadingState>{t('auth.signingIn')}</LoadingState>
    </>
  );
}
