import { z } from 'zod';

/**
 * The years a date or instant of the portal may fall in. Wide enough for birth dates and plans decades
 * ahead; narrow enough that every date library and PostgreSQL handle it (year 0000 does not exist there,
 * and a week from 9999-12-31 does not exist anywhere).
 */
export const supportedYears = { first: 1900, last: 2199 } as const;

function inSupportedYears(isoText: string): boolean {
  const year = new Date(isoText).getUTCFullYear();
  return year >= supportedYears.first && year <= supportedYears.last;
}

const outsideSupportedYears = {
  message: `A date between the years ${supportedYears.first} and ${supportedYears.last}`,
};

/** A Helsinki calendar day, "2026-03-29" (a real day: 2026-02-30 is refused), in the supported years. */
export const plainDateSchema = z.iso.date().refine(inSupportedYears, outsideSupportedYears);
export type PlainDateText = z.infer<typeof plainDateSchema>;

/** An instant as ISO 8601 with an offset, "2026-03-29T09:00:00+03:00", in the supported years (UTC). */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .max(40)
  .refine(inSupportedYears, outsideSupportedYears);
