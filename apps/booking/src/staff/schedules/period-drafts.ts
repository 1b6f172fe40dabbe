import type { WallClockPeriodText } from '@asiointi/booking-contract';
import { normaliseWallTime } from '@asiointi/platform-time';

/** A period as typed: two texts, checked when the form is sent. */
export interface PeriodDraft {
  start: string;
  end: string;
}

export interface PeriodProblems {
  start: boolean;
  end: boolean;
}

/** What is wrong with a typed period: a text that is no time, or an end not after the start. */
export function problemsOf(draft: PeriodDraft): PeriodProblems {
  const start = normaliseWallTime(draft.start);
  const end = normaliseWallTime(draft.end);
  return {
    start: start === undefined || start === '24:00',
    end: end === undefined || (start !== undefined && end <= start),
  };
}

/** The typed periods in the contract's form; undefined while any of them has a problem. */
export function periodsOf(drafts: readonly PeriodDraft[]): WallClockPeriodText[] | undefined {
  const periods: WallClockPeriodText[] = [];
  for (const draft of drafts) {
    const problems = problemsOf(draft);
    const start = normaliseWallTime(draft.start);
    const end = normaliseWallTime(draft.end);
    if (problems.start || problems.end || !start || !end) return undefined;
    periods.push({ start: start as WallClockPeriodText['start'], end: end as WallClockPeriodText['end'] });
  }
  return periods;
}
