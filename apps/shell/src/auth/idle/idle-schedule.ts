/** The warning shows this long before an idle session ends (WCAG 2.2.1: time to extend it). */
export const idleWarningMs = 2 * 60_000;

export type IdlePhase = 'active' | 'warning' | 'expired';

export interface IdleDeadlines {
  warnAt: number;
  endAt: number;
}

/** When to warn and when to end, counted from the last thing the person did. */
export function idleDeadlines(lastActivityAt: number, idleMinutes: number): IdleDeadlines {
  const endAt = lastActivityAt + idleMinutes * 60_000;
  return { warnAt: endAt - idleWarningMs, endAt };
}

export function idlePhaseAt(now: number, { warnAt, endAt }: IdleDeadlines): IdlePhase {
  if (now >= endAt) return 'expired';
  return now >= warnAt ? 'warning' : 'active';
}

/** Time left as minutes and seconds, "1:05"; never below "0:00". */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
