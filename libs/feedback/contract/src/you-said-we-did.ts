// "You said, we did": changes made because of feedback, published on a public page in fi/sv/en.
import { freeTextSchema, localizedTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { answerMonthSchema } from './answers';

/** Longest "what was said" or "what was done" text, in each language. */
export const maxChangeTextLength = 2000;
/** The most entries one answer lists. */
export const maxChangeEntries = 200;

export const changeTextSchema = z
  .object({
    fi: freeTextSchema(maxChangeTextLength).min(1),
    sv: freeTextSchema(maxChangeTextLength).min(1),
    en: freeTextSchema(maxChangeTextLength).min(1),
  })
  .strict();
export type ChangeText = z.infer<typeof changeTextSchema>;

export const changeEntryInputSchema = z
  .object({
    unitId: z.uuid(),
    /** The month the change was made (YYYY-MM). */
    month: answerMonthSchema,
    title: localizedTextSchema.strict(),
    said: changeTextSchema,
    done: changeTextSchema,
    published: z.boolean(),
  })
  .strict();
export type ChangeEntryInput = z.infer<typeof changeEntryInputSchema>;

export const updateChangeEntryInputSchema = z
  .object({ id: z.uuid(), entry: changeEntryInputSchema })
  .strict();
export type UpdateChangeEntryInput = z.infer<typeof updateChangeEntryInputSchema>;

export const setChangeEntryPublishedInputSchema = z
  .object({ id: z.uuid(), published: z.boolean() })
  .strict();

export const changeEntrySchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: localizedTextSchema,
  month: answerMonthSchema,
  title: localizedTextSchema,
  said: changeTextSchema,
  done: changeTextSchema,
  published: z.boolean(),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;
