// Test helpers for any project that tests Helsinki time rules: `@asiointi/platform-time/testing`.
import { helsinkiDateOf, helsinkiMinutesOfDay, wallTimeOfMinutes, type PlainDate } from './index';

/** An instant from an ISO string; tests state instants in UTC ("Z") so every expectation is exact. */
export const at = (iso: string): Date => new Date(iso);

/** A plain date as tests write it (the functions under test validate it). */
export const day = (date: string): PlainDate => date as PlainDate;

/** "2026-03-29 08:00": how a Helsinki wall clock reads an instant. */
export function helsinkiWallClock(instant: Date): string {
  return `${helsinkiDateOf(instant)} ${wallTimeOfMinutes(helsinkiMinutesOfDay(instant))}`;
}
