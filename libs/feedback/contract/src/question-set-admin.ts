// Staff administration of question-set versions: drafts made from the latest published version, the
// region's own statements added, reworded or removed, and publishing. A published version is never edited.
import { z } from 'zod';
import {
  questionIdSchema,
  questionSetDefinitionSchema,
  questionSetKeySchema,
  questionTextSchema,
} from './question-sets';

export const questionSetStatusSchema = z.enum(['draft', 'published', 'retired']);
export type QuestionSetStatus = z.infer<typeof questionSetStatusSchema>;

export const questionSetVersionSummarySchema = z.object({
  id: z.uuid(),
  key: questionSetKeySchema,
  version: z.int(),
  status: questionSetStatusSchema,
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  questionCount: z.int(),
});
export type QuestionSetVersionSummary = z.infer<typeof questionSetVersionSummarySchema>;

export const questionSetVersionSchema = questionSetVersionSummarySchema.extend({
  definition: questionSetDefinitionSchema,
});
export type QuestionSetVersion = z.infer<typeof questionSetVersionSchema>;

export const questionSetKeyInputSchema = z.object({ key: questionSetKeySchema }).strict();
export const questionSetVersionRefSchema = z.object({ versionId: z.uuid() }).strict();

export const regionalStatementInputSchema = z
  .object({
    versionId: z.uuid(),
    text: questionTextSchema,
    scale: z.enum(['agreement', 'smiley']),
  })
  .strict();
export type RegionalStatementInput = z.infer<typeof regionalStatementInputSchema>;

export const editRegionalStatementInputSchema = z
  .object({
    versionId: z.uuid(),
    questionId: questionIdSchema,
    text: questionTextSchema,
  })
  .strict();
export type EditRegionalStatementInput = z.infer<typeof editRegionalStatementInputSchema>;

export const removeRegionalStatementInputSchema = z
  .object({ versionId: z.uuid(), questionId: questionIdSchema })
  .strict();
