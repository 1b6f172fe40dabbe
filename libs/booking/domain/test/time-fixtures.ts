import { helsinkiDateOf, helsinkiMinutesOfDay, type PlainDate } from '../src/index';

/** An instant from an ISO string; tests state instants in UTC ("Z") so every expectation is exact. */
export const at = (iso: string): Date => new Date(iso);

export const iso = (date: Date | undefined): string | undefined => date?.toISOString();

/** "2026-03-29 08:00": how a Helsinki wall clock reads an instant. */
export function helsinkiWallClock(instant: Date): string {
  const minutes = helsinkiMinutesOfDay(instant);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${helsinkiDateOf(instant)} ${hh}:${mm}`;
}

export const day = (date: string): PlainDate => date as PlainDate;
