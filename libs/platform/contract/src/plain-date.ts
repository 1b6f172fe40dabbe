import { z } from 'zod';

/** A Helsinki calendar day, "2026-03-29" (a real day: 2026-02-30 is refused). */
export const plainDateSchema = z.iso.date();
export type PlainDateText = z.infer<typeof plainDateSchema>;
