// Small-group suppression of feedback results, for client and staff results alike.
//
// THE RULE (threshold k, the service's FEEDBACK_SUPPRESSION_THRESHOLD, default 5)
//
// Results are kept per universe: one unit, one audience (client or staff) and one question set (key).
// Within it the finest cells are the months, and each month is broken down three ways: by channel, by
// service and by set version. Reports, exports and figures read only these month cells, never the raw
// answers:
//
// 1. Primary suppression: a cell with 1…k−1 answers is withheld. A month whose total is withheld withholds
//    all its breakdowns (they are smaller still).
// 2. Complementary suppression: within each breakdown of a shown month, if the answers of the withheld
//    cells add up to 1…k−1 (always so when exactly one cell is withheld), the smallest shown cell is
//    withheld too (ties: the first in code order). Then the month total minus the shown cells of any of its
//    breakdowns is 0 or at least k.
// 3. Periods are sums of shown month cells: a period total (and a period's cell for a channel or a service)
//    adds up the month cells that may be shown; answers of a withheld month cell are in no number at all.
// 4. A report narrows its group by at most one of channel and service (the month range and the set key are
//    the universe's): the total of a report narrowed to a channel is exactly its channel cell in the
//    unnarrowed report, so two reports never disagree about a group.
// 5. A withheld cell is served exactly like an empty one: no count, no sign it had answers.
//
// Why no two reports reveal a small group by subtraction: every number served is a sum of shown month
// cells. Two served groups one inside the other (a unit's total and its phone-channel total; Jan–Mar and
// Jan–Feb; a period and one of its months) differ month by month by either a whole shown cell (≥ k), or a
// month total minus one of its shown breakdown cells, which is the other shown cells (≥ k each) plus the
// withheld ones (0 or ≥ k by rule 2), or nothing. A total minus all shown cells of a breakdown is likewise
// a sum of 0-or-≥k parts. So every such difference is 0 or at least k, never a small group; the property
// test in test/report-suppression.test.ts checks this over random data for every pair of reports served.
//
// Within a shown cell, the NPS and each statement mean are shown only when their own n (those who answered
// the question) reaches k too: a score of two people is not reported even inside a large group.
//
// 6. Per-question parts (the NPS's promoters/passives/detractors, each statement's tally) get rules 1 and 2
//    of their own at month-cell level, before any period sum: a part whose n is 1…k−1 in a month cell is
//    zeroed there (a month total's small part zeroes that part in all its breakdowns), and within each
//    breakdown, if the zeroed parts' n adds up to 1…k−1, the smallest shown part is zeroed too. So every
//    served part is a sum of month parts of 0 or ≥ k, and two reports differ in a part by 0 or ≥ k answers,
//    exactly as for answer counts. (The NPS's "skipped" is not a part: it counts no score.)
//
// TIME: ANSWERS RELEASED IN BATCHES, THE OPEN MONTH AS ONE TOTAL
//
// 7. Reports read only released answers: an answer is released together with its whole group (unit,
//    audience, set key, month) once the group has at least k unreleased answers (feedback-data's
//    answer-release.ts), so two reads at different times differ by no answer or by at least k.
// 8. The current (open) Helsinki month is served as its unit-level total only: no breakdown by channel,
//    service or version and no comments, because a new batch of k could still move a single breakdown cell
//    by fewer than k. Closed months get the full breakdowns. (protectMonths' openMonth.)
import {
  netPromoterScoreOfCounts,
  type NetPromoterCounts,
  type NetPromoterScore,
} from './net-promoter-score';
import { addStatementTallies, statementMean, type StatementTally } from './statement-means';

/** What a group's results rest on: answers, the NPS parts and each statement's tally (by question id). */
export interface GroupTally {
  /** Answers (respondents) in the group: what the threshold is applied to. */
  answers: number;
  nps: NetPromoterCounts;
  statements: Record<string, StatementTally>;
}

/** The finest grouping read from the database: a month, a channel, a service and a set version. */
export interface BaseCell {
  /** YYYY-MM */
  month: string;
  channel: string;
  /** null: answered without a known service. */
  service: string | null;
  version: number;
  tally: GroupTally;
}

export type BreakdownDimension = 'channel' | 'service' | 'version';
export const breakdownDimensions: readonly BreakdownDimension[] = ['channel', 'service', 'version'];

/** A month after suppression: undefined marks a withheld (or empty) cell. */
export interface ProtectedMonth {
  month: string;
  total: GroupTally | undefined;
  breakdowns: Record<BreakdownDimension, Map<string, GroupTally | undefined>>;
}

/** The key a cell has in a breakdown ('' for "no service"). */
export function breakdownKey(cell: BaseCell, dimension: BreakdownDimension): string {
  if (dimension === 'channel') return cell.channel;
  if (dimension === 'service') return cell.service ?? '';
  return String(cell.version);
}

export function emptyGroupTally(): GroupTally {
  return { answers: 0, nps: { promoters: 0, passives: 0, detractors: 0, skipped: 0 }, statements: {} };
}

export function addGroupTallies(a: GroupTally, b: GroupTally): GroupTally {
  const statements: Record<string, StatementTally> = { ...a.statements };
  for (const [questionId, tally] of Object.entries(b.statements)) {
    const existing = statements[questionId];
    statements[questionId] = existing ? addStatementTallies(existing, tally) : tally;
  }
  return {
    answers: a.answers + b.answers,
    nps: {
      promoters: a.nps.promoters + b.nps.promoters,
      passives: a.nps.passives + b.nps.passives,
      detractors: a.nps.detractors + b.nps.detractors,
      skipped: a.nps.skipped + b.nps.skipped,
    },
    statements,
  };
}

function sumTallies(tallies: Iterable<GroupTally>): GroupTally {
  let sum = emptyGroupTally();
  for (const tally of tallies) sum = addGroupTallies(sum, tally);
  return sum;
}

function assertThreshold(threshold: number): void {
  if (!Number.isSafeInteger(threshold) || threshold < 1)
    throw new RangeError('A suppression threshold is a whole number of at least 1');
}

const isSmall = (answers: number, threshold: number) => answers > 0 && answers < threshold;

/** Rules 1 and 2 for one breakdown of a shown month. */
function protectBreakdown(
  cells: Map<string, GroupTally>,
  threshold: number,
): Map<string, GroupTally | undefined> {
  const withheld = new Set(
    [...cells].filter(([, tally]) => isSmall(tally.answers, threshold)).map(([key]) => key),
  );
  const withheldAnswers = [...withheld].reduce((sum, key) => sum + cells.get(key)!.answers, 0);
  if (isSmall(withheldAnswers, threshold)) {
    const shown = [...cells]
      .filter(([key, tally]) => !withheld.has(key) && tally.answers > 0)
      .sort(([keyA, a], [keyB, b]) => a.answers - b.answers || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0));
    const [smallest] = shown;
    if (smallest) withheld.add(smallest[0]);
  }
  return new Map(
    [...cells].map(([key, tally]) => [key, withheld.has(key) || tally.answers === 0 ? undefined : tally]),
  );
}

/** The parts of a tally with their own n (rule 6): 'nps' and 's:<question id>'. */
function partKeys(tally: GroupTally): string[] {
  return ['nps', ...Object.keys(tally.statements).map((questionId) => `s:${questionId}`)];
}

function partN(tally: GroupTally | undefined, part: string): number {
  if (!tally) return 0;
  if (part === 'nps') return tally.nps.promoters + tally.nps.passives + tally.nps.detractors;
  return tally.statements[part.slice(2)]?.n ?? 0;
}

function withoutParts(tally: GroupTally, parts: ReadonlySet<string>): GroupTally {
  if (parts.size === 0) return tally;
  const statements: Record<string, StatementTally> = {};
  for (const [questionId, statement] of Object.entries(tally.statements))
    statements[questionId] = parts.has(`s:${questionId}`)
      ? { theme: statement.theme, sum: 0, n: 0, cannotSay: 0, skipped: 0 }
      : statement;
  return {
    answers: tally.answers,
    nps: parts.has('nps')
      ? { promoters: 0, passives: 0, detractors: 0, skipped: tally.nps.skipped }
      : tally.nps,
    statements,
  };
}

/** Rule 6 for one breakdown of a shown month whose total zeroes `totalZeroed`. */
function protectBreakdownParts(
  raw: Map<string, GroupTally>,
  shown: Map<string, GroupTally | undefined>,
  total: GroupTally,
  totalZeroed: ReadonlySet<string>,
  threshold: number,
): Map<string, GroupTally | undefined> {
  const zeroed = new Map([...shown.keys()].map((key) => [key, new Set<string>()] as const));
  for (const part of partKeys(total)) {
    if (totalZeroed.has(part)) {
      for (const key of shown.keys()) zeroed.get(key)!.add(part);
      continue;
    }
    let withheldN = 0;
    for (const [key, tally] of shown) {
      const n = partN(raw.get(key), part);
      if (tally === undefined) withheldN += n;
      else if (isSmall(n, threshold)) {
        zeroed.get(key)!.add(part);
        withheldN += n;
      }
    }
    if (isSmall(withheldN, threshold)) {
      const [smallest] = [...shown]
        .filter(
          ([key, tally]) => tally !== undefined && !zeroed.get(key)!.has(part) && partN(tally, part) > 0,
        )
        .sort(
          ([keyA, a], [keyB, b]) =>
            partN(a, part) - partN(b, part) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
        );
      if (smallest) zeroed.get(smallest[0])!.add(part);
    }
  }
  return new Map(
    [...shown].map(([key, tally]) => [
      key,
      tally === undefined ? undefined : withoutParts(tally, zeroed.get(key)!),
    ]),
  );
}

/** What protectMonths needs besides the cells. */
export interface ProtectMonthsOptions {
  /** The current (open) Helsinki month, YYYY-MM: served as its total only (rule 8). */
  openMonth?: string;
}

/** Applies rules 1, 2, 6 and 8 to one universe's base cells, month by month (months in ascending order). */
export function protectMonths(
  cells: readonly BaseCell[],
  threshold: number,
  options: ProtectMonthsOptions = {},
): ProtectedMonth[] {
  assertThreshold(threshold);
  const byMonth = new Map<string, BaseCell[]>();
  for (const cell of cells) byMonth.set(cell.month, [...(byMonth.get(cell.month) ?? []), cell]);
  return [...byMonth.keys()].sort().map((month) => {
    const monthCells = byMonth.get(month)!;
    const total = sumTallies(monthCells.map((cell) => cell.tally));
    const grouped = (dimension: BreakdownDimension) => {
      const groups = new Map<string, GroupTally>();
      for (const cell of monthCells) {
        const key = breakdownKey(cell, dimension);
        groups.set(key, addGroupTallies(groups.get(key) ?? emptyGroupTally(), cell.tally));
      }
      return groups;
    };
    const shown = total.answers >= threshold;
    const totalZeroed = new Set(partKeys(total).filter((part) => isSmall(partN(total, part), threshold)));
    const open = month === options.openMonth;
    const breakdowns = Object.fromEntries(
      breakdownDimensions.map((dimension) => {
        const groups = grouped(dimension);
        return [
          dimension,
          shown && !open
            ? protectBreakdownParts(
                groups,
                protectBreakdown(groups, threshold),
                total,
                totalZeroed,
                threshold,
              )
            : new Map([...groups.keys()].map((key) => [key, undefined] as const)),
        ];
      }),
    ) as ProtectedMonth['breakdowns'];
    return { month, total: shown ? withoutParts(total, totalZeroed) : undefined, breakdowns };
  });
}

/** A report's group: the whole universe, or one channel, or one service ('' for "no service"). */
export type ReportNarrowing = { channel: string } | { service: string } | undefined;

/** A month cell of the group the report narrows to. */
function cellOf(month: ProtectedMonth, narrowing: ReportNarrowing): GroupTally | undefined {
  if (narrowing === undefined) return month.total;
  if ('channel' in narrowing) return month.breakdowns.channel.get(narrowing.channel);
  return month.breakdowns.service.get(narrowing.service);
}

export interface ProtectedReport {
  /** The period's total (rule 3). */
  total: GroupTally | undefined;
  byMonth: { month: string; tally: GroupTally | undefined }[];
  /** Only in a report not narrowed by channel or service (rule 4). */
  byChannel: Map<string, GroupTally | undefined> | undefined;
  byService: Map<string, GroupTally | undefined> | undefined;
  byVersion: Map<string, GroupTally | undefined> | undefined;
}

function periodBreakdown(months: readonly ProtectedMonth[], dimension: BreakdownDimension) {
  const sums = new Map<string, GroupTally>();
  for (const month of months)
    for (const [key, tally] of month.breakdowns[dimension])
      sums.set(key, addGroupTallies(sums.get(key) ?? emptyGroupTally(), tally ?? emptyGroupTally()));
  return new Map([...sums].map(([key, tally]) => [key, tally.answers > 0 ? tally : undefined] as const));
}

/**
 * A report over the given months (YYYY-MM, each listed once in the answer, with or without answers) of
 * protected month cells, narrowed by at most one of channel and service.
 */
export function buildProtectedReport(
  protectedMonths: readonly ProtectedMonth[],
  months: readonly string[],
  narrowing: ReportNarrowing,
): ProtectedReport {
  const wanted = new Set(months);
  const inPeriod = protectedMonths.filter((month) => wanted.has(month.month));
  const found = new Map(inPeriod.map((month) => [month.month, month]));
  const byMonth = months.map((month) => {
    const protectedMonth = found.get(month);
    return { month, tally: protectedMonth ? cellOf(protectedMonth, narrowing) : undefined };
  });
  const total = sumTallies(byMonth.flatMap(({ tally }) => (tally ? [tally] : [])));
  return {
    total: total.answers > 0 ? total : undefined,
    byMonth,
    byChannel: narrowing === undefined ? periodBreakdown(inPeriod, 'channel') : undefined,
    byService: narrowing === undefined ? periodBreakdown(inPeriod, 'service') : undefined,
    byVersion: narrowing === undefined ? periodBreakdown(inPeriod, 'version') : undefined,
  };
}

/** A statement's result within a shown cell: null when fewer than the threshold answered it on the scale. */
export interface StatementResult {
  questionId: string;
  theme: string | null;
  result: { mean: number; n: number; cannotSay: number; skipped: number } | null;
}

/** What a report shows of a cell; a withheld and an empty cell are both null. */
export interface CellResult {
  answers: number;
  /** null when fewer than the threshold answered the recommendation question. */
  nps: (NetPromoterScore & { score: number; interval95: { low: number; high: number } }) | null;
  statements: StatementResult[];
}

/** Rule 5 and the per-question threshold: the cell as a report shows it. */
export function presentCell(tally: GroupTally | undefined, threshold: number): CellResult | null {
  assertThreshold(threshold);
  if (!tally || tally.answers < threshold) return null;
  const score = netPromoterScoreOfCounts(tally.nps);
  const nps =
    score.n >= threshold && score.score !== undefined && score.interval95 !== undefined
      ? { ...score, score: score.score, interval95: score.interval95 }
      : null;
  const statements = Object.entries(tally.statements)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([questionId, statement]) => {
      const mean = statementMean(statement);
      return {
        questionId,
        theme: statement.theme,
        result:
          mean !== undefined && statement.n >= threshold
            ? { mean, n: statement.n, cannotSay: statement.cannotSay, skipped: statement.skipped }
            : null,
      };
    });
  return { answers: tally.answers, nps, statements };
}
