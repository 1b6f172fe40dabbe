import { useCallback } from 'react';
import { useSession } from '../portal-session';
import { IdleWarningDialog } from './IdleWarningDialog';
import { useIdleTimeout } from './use-idle-timeout';

/** Ends a signed-in session after `idleMinutes` without activity, with a warning before. */
export function IdleSessionGuard() {
  const session = useSession();
  const { signOut } = session;
  const enabled = session.status === 'signed-in' && session.idleMinutes !== undefined;
  const expire = useCallback(() => void signOut('idle'), [signOut]);
  const idle = useIdleTimeout(enabled, session.idleMinutes ?? 15, expire);
  if (!enabled) return null;
  return (
    <IdleWarningDialog
      isOpen={idle.phase === 'warning'}
      remainingMs={idle.remainingMs}
      onContinue={idle.stayActive}
      onSignOut={() => void signOut('user')}
    />
  );
}
