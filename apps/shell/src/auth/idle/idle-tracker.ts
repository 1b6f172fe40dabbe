import { idleDeadlines, idlePhaseAt, type IdlePhase } from './idle-schedule';

/** What counts as using the portal, the remotes' pages included (listened to at the window). */
const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export interface IdleSnapshot {
  phase: IdlePhase;
  /** Until the session ends; updated each second during the warning. */
  remainingMs: number;
}

export interface IdleTracker {
  start(): void;
  stop(): void;
  /** The person chose to continue: the idle time starts again. */
  stayActive(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): IdleSnapshot;
}

export interface IdleTrackerOptions {
  idleMinutes: number;
  now?: () => number;
  /** Where activity is listened to; the window by default. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

/**
 * Follows the person's activity from active to warning (2 minutes before the end) to expired.
 * Activity during the warning does not dismiss it: the person answers the dialog. Background tabs
 * throttle timers, so the phase is checked again when the tab becomes visible.
 */
export function createIdleTracker({
  idleMinutes,
  now = Date.now,
  target = window,
  document: doc = document,
}: IdleTrackerOptions): IdleTracker {
  const listeners = new Set<() => void>();
  let lastActivity = now();
  let snapshot: IdleSnapshot = { phase: 'active', remainingMs: idleMinutes * 60_000 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  const publish = (next: IdleSnapshot) => {
    if (next.phase === snapshot.phase && next.remainingMs === snapshot.remainingMs) return;
    snapshot = next;
    for (const listener of listeners) listener();
  };

  const evaluate = () => {
    clearTimeout(timer);
    if (!running) return;
    const at = now();
    const deadlines = idleDeadlines(lastActivity, idleMinutes);
    const phase = idlePhaseAt(at, deadlines);
    // While active, the countdown is not shown: publish only phase changes.
    const remainingMs = phase === 'active' ? idleMinutes * 60_000 : Math.max(0, deadlines.endAt - at);
    publish({ phase, remainingMs });
    if (phase === 'expired') return;
    timer = setTimeout(evaluate, phase === 'active' ? deadlines.warnAt - at : 1000);
  };

  const onActivity = () => {
    if (snapshot.phase === 'active') lastActivity = now();
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') evaluate();
  };

  return {
    start() {
      if (running) return;
      running = true;
      lastActivity = now();
      for (const type of activityEvents)
        target.addEventListener(type, onActivity, { capture: true, passive: true });
      doc.addEventListener('visibilitychange', onVisibility);
      evaluate();
    },
    stop() {
      running = false;
      clearTimeout(timer);
      for (const type of activityEvents) target.removeEventListener(type, onActivity, { capture: true });
      doc.removeEventListener('visibilitychange', onVisibility);
    },
    stayActive() {
      lastActivity = now();
      evaluate();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
