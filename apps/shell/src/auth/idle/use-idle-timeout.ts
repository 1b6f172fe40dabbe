import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createIdleTracker, type IdleSnapshot } from './idle-tracker';

const inactive: IdleSnapshot = { phase: 'active', remainingMs: 0 };
const noSubscription = () => () => undefined;

export interface IdleTimeout extends IdleSnapshot {
  stayActive: () => void;
}

/**
 * Idle tracking for one signed-in session: a fresh tracker whenever a session starts, none while
 * nobody is signed in. `onExpire` is called when the idle time has run out.
 */
export function useIdleTimeout(enabled: boolean, idleMinutes: number, onExpire: () => void): IdleTimeout {
  const tracker = useMemo(
    () => (enabled ? createIdleTracker({ idleMinutes }) : undefined),
    [enabled, idleMinutes],
  );
  useEffect(() => {
    tracker?.start();
    return () => tracker?.stop();
  }, [tracker]);
  const snapshot = useSyncExternalStore(
    tracker?.subscribe ?? noSubscription,
    tracker?.getSnapshot ?? (() => inactive),
  );
  useEffect(() => {
    if (snapshot.phase === 'expired') onExpire();
  }, [snapshot.phase, onExpire]);
  return { ...snapshot, stayActive: () => tracker?.stayActive() };
}
