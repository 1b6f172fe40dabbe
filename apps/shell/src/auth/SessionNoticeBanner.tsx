import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@asiointi/platform-ui';
import { useSession, type SessionNotice } from './portal-session';

const messageKey = {
  'session-ended': 'auth.notices.sessionEnded',
  'sign-in-failed': 'auth.notices.signInFailed',
  'sign-in-cancelled': 'auth.notices.signInCancelled',
  unavailable: 'auth.notices.unavailable',
} as const satisfies Record<SessionNotice, string>;

/**
 * A session message at the top of the page: the session ended, or signing in failed or was
 * cancelled. Errors are announced at once; each offers to sign in again and can be closed.
 */
export function SessionNoticeBanner() {
  const { t } = useTranslation('shell');
  const { notice, dismissNotice, signIn } = useSession();
  if (!notice) return null;
  // A cancelled sign-in needs no second button: the header's (and the page's) are right there.
  const canSignIn = notice === 'session-ended' || notice === 'sign-in-failed';
  return (
    <Alert
      variant={notice === 'sign-in-cancelled' ? 'info' : 'error'}
      actions={
        <>
          {canSignIn ? <Button onPress={() => signIn()}>{t('auth.signIn')}</Button> : null}
          <Button variant="secondary" onPress={dismissNotice}>
            {t('auth.notices.dismiss')}
          </Button>
        </>
      }
    >
      <p>{t(messageKey[notice])}</p>
    </Alert>
  );
}
