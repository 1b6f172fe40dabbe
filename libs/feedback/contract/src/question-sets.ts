// Question sets are versioned templates (THL's national model and the region's own statements). An answer
// records the set's key and version; a published version is never edited, a change is a new version.
import { maxLocalizedTextLength, singleLineTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { coreStatementThemeSchema } from './answer-scales';

/** The sets a region runs: the general form (from age 13), children 7–12, smileys, staff experience. */
export const questionSetKeySchema = z.enum(['general', 'children', 'smiley', 'staff-pulse']);
export type QuestionSetKey = z.infer<typeof questionSetKeySchema>;

/** Client sets are answered after a service; the staff pulse by the unit's own staff. */
export const feedbackAudienceSchema = z.enum(['client', 'staff']);
export type FeedbackAudience = z.infer<typeof feedbackAudienceSchema>;

const catalogueText = singleLineTextSchema(maxLocalizedTextLength).min(1);

/**
 * A question's wording: Finnish, Swedish and English always; the Sámi languages (North, Inari, Skolt) may
 * be added to a later version without a code change.
 */
export const questionTextSchema = z
  .object({
    fi: catalogueText,
    sv: catalogueText,
    en: catalogueText,
    se: catalogueText.optional(),
    smn: catalogueText.optional(),
    sms: catalogueText.optional(),
  })
  .strict();
export type QuestionText = z.infer<typeof questionTextSchema>;

/** A question's id inside its set, stable across versions so that results stay comparable. */
export const questionIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9-]*$/, { message: 'Lower-case letters, digits and hyphens' });

/** Longest free-text answer a respondent may write. */
export const maxFreeTextAnswerLength = 2000;
/** Most questions in one set (the national model has 9; a region adds a handful). */
export const maxQuestionsPerSet = 40;

/** The recommendation question (0–10) and its optional "why" text. */
export const recommendationQuestionSchema = z
  .object({
    kind: z.literal('recommendation'),
    id: questionIdSchema,
    text: questionTextSchema,
    commentPrompt: questionTextSchema,
  })
  .strict();

/**
 * A statement on the 1–5 agreement scale with "cannot say"; a core statement names its national theme,
 * the region's own statements have none. `scale: smiley` shows five faces instead of words.
 */
export const statementQuestionSchema = z
  .object({
    kind: z.literal('statement'),
    id: questionIdSchema,
    theme: coreStatementThemeSchema.optional(),
    text: questionTextSchema,
    scale: z.enum(['agreement', 'smiley']),
  })
  .strict();

/** An open question. */
export const freeTextQuestionSchema = z
  .object({
    kind: z.literal('freeText'),
    id: questionIdSchema,
    text: questionTextSchema,
    maxLength: z.int().min(1).max(maxFreeTextAnswerLength),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('kind', [
  recommendationQuestionSchema,
  statementQuestionSchema,
  freeTextQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;

/** One version of a question set, as stored and as the answer form renders it. */
export const questionSetDefinitionSchema = z
  .object({
    key: questionSetKeySchema,
    version: z.int().min(1).max(10_000),
    audience: feedbackAudienceSchema,
    title: questionTextSchema,
    intro: questionTextSchema,
    /** Who the set is for, by age (children 7–12; the general form from 13). */
    ageBand: z
      .object({ min: z.int().min(0).max(120), max: z.int().min(0).max(120) })
      .strict()
      .optional(),
    questions: z.array(questionSchema).min(1).max(maxQuestionsPerSet),
  })
  .strict()
  .refine((set) => new Set(set.questions.map((question) => question.id)).size === set.questions.length, {
    message: 'Question ids are unique within a set',
    path: ['questions'],
  })
  .refine((set) => set.questions.filter((question) => question.kind === 'recommendation').length <= 1, {
    message: 'At most one recommendation question',
    path: ['questions'],
  })
  .refine((set) => !set.ageBand || set.ageBand.min <= set.ageBand.max, {
    message: 'The age band runs from its lower to its upper end',
    path: ['ageBand'],
  });
export type QuestionSetDefinition = z.infer<typeof questionSetDefinitionSchema>;
