import { describe, expect, it } from 'vitest';
import { coreStatementThemeSchema, recommendationAnswerSchema, statementAnswerSchema } from './answer-scales';

describe('THL feedback answer scales', () => {
  it('accepts the whole recommendation scale and nothing outside it', () => {
    for (let answer = 0; answer <= 10; answer++)
      expect(recommendationAnswerSchema.parse(answer)).toBe(answer);
    expect(recommendationAnswerSchema.safeParse(-1).success).toBe(false);
    expect(recommendationAnswerSchema.safeParse(11).success).toBe(false);
    expect(recommendationAnswerSchema.safeParse(7.5).success).toBe(false);
  });

  it('keeps statements on 1 to 5, so a zero cannot stand in for a skipped answer', () => {
    expect(statementAnswerSchema.safeParse(0).success).toBe(false);
    expect(statementAnswerSchema.parse(5)).toBe(5);
  });

  it('has exactly the seven national core themes', () => {
    expect(coreStatementThemeSchema.options).toHaveLength(7);
  });
});
