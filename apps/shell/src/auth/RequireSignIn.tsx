import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, LoadingState } from '@asiointi/platform-ui';
import { PageHeading } from '../pages/PageHeading';
import { useDocumentTitle } from '../layout/use-document-title';
import { useSession } from './portal-session';

export interface RequireSignInProps {
  /** The page's title, shown while sign-in is checked or asked for. */
  title: string;
  /** Staff tokens are refused: the page is a resident's own. */
  residentsOnly?: boolean;
  children: ReactNode;
}

/**
 * A page that needs sign-in. Nobody signed in: off to the provider at once, and back here after.
 * If a session message is showing (it ended, or signing in was cancelled), the person reads it and
 * signs in with the button instead, so that no redirect loop can start.
 */
export function RequireSignIn({ title, residentsOnly = false, children }: RequireSignInProps) {
  const { t } = useTranslation('shell');
  const session = useSession();
  const { status, notice, signIn } = session;
  const redirect = status === 'anonymous' && notice === undefined;
  const redirected = useRef(false);

  useEffect(() => {
    if (!redirect || redirected.current) return;
    redirected.current = true;
    signIn();
  }, [redirect, signIn]);

  const signedIn = status === 'signed-in';
  const refused = signedIn && residentsOnly && session.person?.kind !== 'resident';
  useDocumentTitle(title, !signedIn || refused);
  if (signedIn && !refused) return <>{children}</>;

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {status === 'checking' ? <LoadingState>{t('auth.checking')}</LoadingState> : null}
      {status === 'signing-out' ? <LoadingState>{t('auth.signingOut')}</LoadingState> : null}
      {redirect ? <LoadingState>{t('auth.redirecting')}</LoadingState> : null}
      {status === 'unavailable' ? <Alert variant="error">{t('auth.notices.unavailable')}</Alert> : null}
      {status === 'anonymous' && !redirect ? (
        <>
          <p>{t('auth.required.text')}</p>
          <Button onPress={() => signIn()}>{t('auth.signIn')}</Button>
        </>
      ) : null}
      {refused ? <Alert variant="error">{t('auth.residentsOnly')}</Alert> : null}
    </>
  );
}
