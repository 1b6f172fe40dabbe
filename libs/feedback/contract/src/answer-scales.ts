import { z } from 'zod';

// Answer scales of THL's national client-feedback model. A skipped question is absent (undefined),
// never a zero: the NPS counts only those who answered the recommendation question.

/** "How likely would you recommend the service you received…": 0 (not at all) to 10 (very likely). */
export const recommendationAnswerSchema = z.number().int().min(0).max(10);

/** Agreement with a core or regional statement: 1 (fully disagree) to 5 (fully agree). */
export const statementAnswerSchema = z.number().int().min(1).max(5);

/** The seven themes of the national core statements. */
export const coreStatementThemeSchema = z.enum([
  'access',
  'encounter',
  'participation',
  'safety',
  'information',
  'understandability',
  'usefulness',
]);
export type CoreStatementTheme = z.infer<typeof coreStatementThemeSchema>;

/** The smallest group whose results are shown, so that no one can be identified (region-configurable). */
export const DEFAULT_MINIMUM_RESPONDENTS = 5;
