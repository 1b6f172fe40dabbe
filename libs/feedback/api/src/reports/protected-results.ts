// From the database's grouped answers to suppressed results: every report, export and figure of the module
// reads its numbers through here, so that all of them apply the same rule (feedback-domain's
// report-suppression) to the same month cells. They read only answers released to reports in whole batches
// (feedback-data's answer-release.ts), and the current (open) Helsinki month, taken from `now`, comes as its
// unit-level total only: no breakdown by channel, service or version (report-suppression.ts, rules 7 and 8).
import {
  coreStatementThemeSchema,
  type CellResult,
  type CoreStatementTheme,
  type FeedbackAudience,
  type QuestionSetKey,
} from '@asiointi/feedback-contract';
import { readAnswerGroups, readStatementGroups, type FeedbackDb } from '@asiointi/feedback-data';
import {
  addGroupTallies,
  emptyGroupTally,
  presentCell,
  protectMonths,
  type BaseCell,
  type GroupTally,
  type ProtectedMonth,
} from '@asiointi/feedback-domain';
import { helsinkiDateOf } from '@asiointi/platform-time';

/** The current (open) Helsinki month, YYYY-MM. */
export const openMonthAt = (now: Date): string => helsinkiDateOf(now).slice(0, 7);

export interface ProtectedScope {
  unitIds: readonly string[];
  audience: FeedbackAudience;
  setKey: QuestionSetKey;
  /** YYYY-MM */
  fromMonth: string;
  untilMonth: string;
}

const cellKey = (row: {
  unitId: string;
  month: string;
  channel: string;
  serviceCode: string | null;
  setVersion: number;
}) => JSON.stringify([row.unitId, row.month, row.channel, row.serviceCode, row.setVersion]);

/** Each unit's month cells after suppression (units without answers get none). */
export async function protectedMonthsByUnit(
  db: FeedbackDb,
  scope: ProtectedScope,
  threshold: number,
  /** The moment of the read: its Helsinki month is the open one. */
  now: Date,
): Promise<Map<string, ProtectedMonth[]>> {
  const openMonth = openMonthAt(now);
  const dbScope = {
    unitIds: scope.unitIds,
    audience: scope.audience,
    setKey: scope.setKey,
    fromMonth: `${scope.fromMonth}-01`,
    untilMonth: `${scope.untilMonth}-01`,
  };
  const [answerGroups, statementGroups] = [
    await readAnswerGroups(db, dbScope),
    await readStatementGroups(db, dbScope),
  ];
  const cells = new Map<string, BaseCell & { unitId: string }>();
  for (const row of answerGroups) {
    const tally: GroupTally = {
      ...emptyGroupTally(),
      answers: row.answers,
      nps: {
        promoters: row.promoters,
        passives: row.passives,
        detractors: row.detractors,
        skipped: row.skipped,
      },
    };
    cells.set(cellKey(row), {
      unitId: row.unitId,
      month: row.month,
      channel: row.channel,
      service: row.serviceCode,
      version: row.setVersion,
      tally,
    });
  }
  for (const row of statementGroups) {
    const cell = cells.get(cellKey(row));
    if (!cell) continue;
    cell.tally = addGroupTallies(cell.tally, {
      ...emptyGroupTally(),
      statements: {
        [row.questionId]: {
          theme: row.theme,
          sum: row.sum,
          n: row.n,
          cannotSay: row.cannotSay,
          skipped: row.skipped,
        },
      },
    });
  }
  const byUnit = new Map<string, BaseCell[]>();
  for (const cell of cells.values()) byUnit.set(cell.unitId, [...(byUnit.get(cell.unitId) ?? []), cell]);
  return new Map(
    [...byUnit].map(([unitId, unitCells]) => [unitId, protectMonths(unitCells, threshold, { openMonth })]),
  );
}

/** A stored theme as the contract names it; anything else (the region's own statements) is null. */
export function coreThemeOrNull(theme: string | null): CoreStatementTheme | null {
  const parsed = coreStatementThemeSchema.safeParse(theme);
  return parsed.success ? parsed.data : null;
}

/** The contract's shape of a cell (null: withheld or empty). */
export function cellResult(tally: GroupTally | undefined, threshold: number): CellResult {
  const cell = presentCell(tally, threshold);
  if (!cell) return null;
  return {
    answers: cell.answers,
    nps: cell.nps
      ? {
          score: cell.nps.score,
          interval95: cell.nps.interval95,
          n: cell.nps.n,
          promoters: cell.nps.promoters,
          passives: cell.nps.passives,
          detractors: cell.nps.detractors,
          skipped: cell.nps.skipped,
        }
      : null,
    statements: cell.statements.map((statement) => ({
      questionId: statement.questionId,
      theme: coreThemeOrNull(statement.theme),
      result: statement.result,
    })),
  };
}
