import { lazy, Suspense, useCallback } from 'react';
import { useSession } from '../portal-session';
import { useIdleTimeout } from './use-idle-timeout';

// The warning (a modal dialog) is not part of the front page. It is rendered, closed, from the moment a
// person is signed in, so its chunk is fetched then, minutes before it can be needed.
const IdleWarningDialog = lazy(() =>
  import('./IdleWarningDialog').then(({ IdleWarningDialog }) => ({ default: IdleWarningDialog })),
);

/** Ends a signed-in session after `idleMinutes` without activity, with a warning before. */
export function IdleSessionGuard() {
  const session = useSession();
  const { signOut } = session;
  const enabled = session.status === 'signed-in' && session.idleMinutes !== undefined;
  const expire = useCallback(() => void signOut('idle'), [signOut]);
  const idle = useIdleTimeout(enabled, session.idleMinutes ?? 15, expire);
  if (!enabled) return null;
  return (
    <Suspense fallback={null}>
      <IdleWarningDialog
        isOpen={idle.phase === 'warning'}
        remainingMs={idle.remainingMs}
        onContinue={idle.stayActive}
        onSignOut={() => void signOut('user')}
      />
    </Suspense>
  );
}
