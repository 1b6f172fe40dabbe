import { z } from 'zod';
import { plainDateSchema, type PlainDateText } from '../plain-date';

/** Helsinki calendar days a figure covers, both inclusive. */
export interface FigurePeriod {
  from: PlainDateText;
  until: PlainDateText;
}

/** The longest period one figures request may ask for: a year, leap day included. */
export const maxFigurePeriodDays = 366;

const dayMs = 86_400_000;

/** Days from one calendar day to another (both "YYYY-MM-DD"); calendar arithmetic, no time zone involved. */
export function daysBetween(from: PlainDateText, until: PlainDateText): number {
  return Math.round((Date.parse(until) - Date.parse(from)) / dayMs);
}

/** How many days the period covers, counting both ends. */
export function periodLength(period: FigurePeriod): number {
  return daysBetween(period.from, period.until) + 1;
}

/** A figure's period: any length, but never ending before it starts. */
export const figurePeriodSchema = z
  .object({ from: plainDateSchema, until: plainDateSchema })
  .refine((period) => period.until >= period.from, {
    message: 'until is on or after from',
    path: ['until'],
  });
