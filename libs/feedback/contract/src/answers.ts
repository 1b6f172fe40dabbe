// What a respondent sends. A skipped question is absent or null, never a zero; "cannot say" is its own
// value, counted neither as an answer to a statement's mean nor as a skip.
import { freeTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { recommendationAnswerSchema, statementAnswerSchema } from './answer-scales';
import {
  maxFreeTextAnswerLength,
  maxQuestionsPerSet,
  questionIdSchema,
  questionSetKeySchema,
} from './question-sets';

/** Who filled in the form: the client, the client with someone's help, or a relative for them. */
export const respondentSchema = z.enum(['self', 'withHelp', 'relative']);
export type Respondent = z.infer<typeof respondentSchema>;

export const cannotSay = 'cannotSay' as const;

export const questionAnswerSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('recommendation'),
      questionId: questionIdSchema,
      value: recommendationAnswerSchema.nullable(),
      comment: freeTextSchema(maxFreeTextAnswerLength).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('statement'),
      questionId: questionIdSchema,
      value: z.union([statementAnswerSchema, z.literal(cannotSay)]).nullable(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('freeText'),
      questionId: questionIdSchema,
      text: freeTextSchema(maxFreeTextAnswerLength),
    })
    .strict(),
]);
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;

/** A whole form (or the part saved so far): answers are checked against the set's version by the domain. */
export const answerSheetSchema = z
  .object({
    setKey: questionSetKeySchema,
    setVersion: z.int().min(1).max(10_000),
    respondent: respondentSchema.optional(),
    answers: z.array(questionAnswerSchema).max(maxQuestionsPerSet),
  })
  .strict();
export type AnswerSheet = z.infer<typeof answerSheetSchema>;

/** The month an answer is filed under (YYYY-MM): nothing finer is kept, so no answer can be dated to a visit. */
export const answerMonthSchema = z.string().regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, { message: 'YYYY-MM' });

/**
 * How the service the answer is about was given (booking's on site, phone, video; a message thread; not
 * known for a form reached without a service event). Reports break results down by it.
 */
export const serviceChannelSchema = z.enum(['onSite', 'phone', 'video', 'message', 'unknown']);
export type ServiceChannel = z.infer<typeof serviceChannelSchema>;

/** A service's code as the producing module names it (booking's service code), bounded. */
export const serviceCodeSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/, { message: 'Letters, digits, dots, hyphens, underscores' });
