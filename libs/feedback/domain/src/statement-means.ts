// Means of the 1–5 statements (the seven national core themes and the region's own statements), each with
// the n it rests on. "Cannot say" and skips are not answers to the mean: they are counted separately.

/** What one statement's mean rests on; a report adds these up over groups before taking the mean. */
export interface StatementTally {
  /** The national theme of a core statement; null for the region's own. */
  theme: string | null;
  /** Sum of the 1–5 answers. */
  sum: number;
  /** Answers on the 1–5 scale. */
  n: number;
  cannotSay: number;
  skipped: number;
}

/** One answer to a statement: 1–5, "cannot say", or skipped (null). */
export interface StatementAnswerRow {
  questionId: string;
  theme: string | null;
  value: number | null;
  cannotSay: boolean;
}

export function emptyStatementTally(theme: string | null): StatementTally {
  return { theme, sum: 0, n: 0, cannotSay: 0, skipped: 0 };
}

/** Adds one answer to its statement's tally; throws RangeError on a value off 1–5. */
export function tallyStatementAnswer(tallies: Map<string, StatementTally>, row: StatementAnswerRow): void {
  const tally = tallies.get(row.questionId) ?? emptyStatementTally(row.theme);
  tallies.set(row.questionId, tally);
  if (row.cannotSay) tally.cannotSay += 1;
  else if (row.value === null) tally.skipped += 1;
  else if (!Number.isInteger(row.value) || row.value < 1 || row.value > 5)
    throw new RangeError('A statement answer is a whole number from 1 to 5');
  else {
    tally.sum += row.value;
    tally.n += 1;
  }
}

export function addStatementTallies(a: StatementTally, b: StatementTally): StatementTally {
  return {
    theme: a.theme ?? b.theme,
    sum: a.sum + b.sum,
    n: a.n + b.n,
    cannotSay: a.cannotSay + b.cannotSay,
    skipped: a.skipped + b.skipped,
  };
}

/** The mean on the 1–5 scale, undefined when no one answered on the scale. */
export function statementMean(tally: Pick<StatementTally, 'sum' | 'n'>): number | undefined {
  return tally.n === 0 ? undefined : tally.sum / tally.n;
}
