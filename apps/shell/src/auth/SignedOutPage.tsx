import { useTranslation } from 'react-i18next';
import { Button, Link } from '@asiointi/platform-ui';
import { PageHeading } from '../pages/PageHeading';
import { useDocumentTitle } from '../layout/use-document-title';
import { useSession } from './portal-session';

/** /auth/signed-out: where the provider returns after signing out, by choice or after idle time. */
export function SignedOutPage() {
  const { t } = useTranslation('shell');
  const session = useSession();
  const idle = session.signedOutReason === 'idle';
  const title = idle ? t('auth.signedOut.idleTitle') : t('auth.signedOut.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>
        {idle ? t('auth.signedOut.idleText', { minutes: session.idleMinutes }) : t('auth.signedOut.text')}
      </p>
      <div className="shell-actions">
        <Button onPress={() => session.signIn('/')}>{t('auth.signedOut.signInAgain')}</Button>
        <Link href="/">{t('auth.signedOut.home')}</Link>
      </div>
    </>
  );
}
