import { describe, expect, it } from 'vitest';
import { statementMean, tallyStatementAnswer, type StatementTally } from '../src/statement-means';

describe('statement means', () => {
  it('averages 1–5 answers and counts cannot-say and skips apart', () => {
    const tallies = new Map<string, StatementTally>();
    const row = (value: number | null, cannotSay = false) =>
      tallyStatementAnswer(tallies, { questionId: 'access', theme: 'access', value, cannotSay });
    [5, 4, 2].forEach((value) => row(value));
    row(null, true);
    row(null);
    const tally = tallies.get('access')!;
    // (5 + 4 + 2) / 3 = 3.6667; cannot say and skip are not in n.
    expect(tally).toEqual({ theme: 'access', sum: 11, n: 3, cannotSay: 1, skipped: 1 });
    expect(statementMean(tally)).toBeCloseTo(3.6667, 4);
    expect(statementMean({ sum: 0, n: 0 })).toBeUndefined();
  });

  it('refuses values off the scale', () => {
    const tallies = new Map<string, StatementTally>();
    for (const value of [0, 6, 2.5])
      expect(() =>
        tallyStatementAnswer(tallies, { questionId: 'q', theme: null, value, cannotSay: false }),
      ).toThrow(RangeError);
  });
});
