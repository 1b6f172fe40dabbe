import type { PlainDateText } from '../plain-date';
import type { FigurePeriod } from './figure-period';

const pad = (value: number) => String(value).padStart(2, '0');

function dateText(year: number, month: number, day: number): PlainDateText {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The period cut at month boundaries, in order: a monthly series asks one period per month. The first and
 * last parts are clipped to the period ("2027-01-15".."2027-03-10" gives 15–31 Jan, February, 1–10 Mar).
 */
export function monthlyPeriods(period: FigurePeriod): FigurePeriod[] {
  if (period.until < period.from) return [];
  const parts: FigurePeriod[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  let from = period.from;
  for (;;) {
    const monthEnd = dateText(year, month, lastDayOfMonth(year, month));
    if (monthEnd >= period.until) {
      parts.push({ from, until: period.until });
      return parts;
    }
    parts.push({ from, until: monthEnd });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    from = dateText(year, month, 1);
  }
}
