import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@asiointi/platform-ui';
import { useSession } from '../auth/portal-session';

// Only a signed-in person has the menu (and the guardians query behind it): its own chunk.
const UserMenu = lazy(() => import('./UserMenu').then(({ UserMenu }) => ({ default: UserMenu })));

/** The header's sign-in button, or the user menu of whoever is signed in. */
export function SessionControls() {
  const { t } = useTranslation('shell');
  const { status, signIn } = useSession();
  if (status === 'signed-in') {
    return (
      <Suspense fallback={<span className="shell-session-checking">{t('auth.checking')}</span>}>
        <UserMenu />
      </Suspense>
    );
  }
  // Not a live region: it shows on every fresh page load for a moment.
  if (status === 'checking') return <span className="shell-session-checking">{t('auth.checking')}</span>;
  if (status === 'signing-out') return <span className="shell-session-checking">{t('auth.signingOut')}</span>;
  return <Button onPress={() => signIn()}>{t('auth.signIn')}</Button>;
}
