// What the feedback reports read: answers grouped by unit, month, channel, service and set version (the
// finest cells the reports' suppression works on), never single answers, and the free-text comments of a
// unit for the reports' masked comment list.
import { and, between, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { answers, freeTextAnswers, statementAnswers } from './schema';

export interface ReportScope {
  unitIds: readonly string[];
  audience: 'client' | 'staff';
  setKey: string;
  /** First days of months (YYYY-MM-01), inclusive. */
  fromMonth: string;
  untilMonth: string;
}

interface CellKey {
  unitId: string;
  /** YYYY-MM */
  month: string;
  channel: string;
  serviceCode: string | null;
  setVersion: number;
}

export interface AnswerGroupRow extends CellKey {
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  skipped: number;
}

export interface StatementGroupRow extends CellKey {
  questionId: string;
  theme: string | null;
  sum: number;
  n: number;
  cannotSay: number;
  skipped: number;
}

function scopeFilter(scope: ReportScope) {
  return and(
    inArray(answers.unitId, [...scope.unitIds]),
    eq(answers.audience, scope.audience),
    eq(answers.setKey, scope.setKey),
    between(answers.month, scope.fromMonth, scope.untilMonth),
  );
}

const monthText = sql<string>`to_char(${answers.month}, 'YYYY-MM')`;
const groupColumns = [
  answers.unitId,
  answers.month,
  answers.channel,
  answers.serviceCode,
  answers.setVersion,
];

/** Answers and the recommendation question's parts per finest cell. */
export async function readAnswerGroups(db: FeedbackDb, scope: ReportScope): Promise<AnswerGroupRow[]> {
  if (scope.unitIds.length === 0) return [];
  const r = answers.recommendation;
  return db
    .select({
      unitId: answers.unitId,
      month: monthText,
      channel: answers.channel,
      serviceCode: answers.serviceCode,
      setVersion: answers.setVersion,
      answers: sql<number>`count(*)::int`,
      promoters: sql<number>`(count(*) filter (where ${r} >= 9))::int`,
      passives: sql<number>`(count(*) filter (where ${r} between 7 and 8))::int`,
      detractors: sql<number>`(count(*) filter (where ${r} <= 6))::int`,
      skipped: sql<number>`(count(*) filter (where ${r} is null))::int`,
    })
    .from(answers)
    .where(scopeFilter(scope))
    .groupBy(...groupColumns);
}

/** Each statement's sum, n, cannot-say and skips per finest cell. */
export async function readStatementGroups(db: FeedbackDb, scope: ReportScope): Promise<StatementGroupRow[]> {
  if (scope.unitIds.length === 0) return [];
  const v = statementAnswers.value;
  return db
    .select({
      unitId: answers.unitId,
      month: monthText,
      channel: answers.channel,
      serviceCode: answers.serviceCode,
      setVersion: answers.setVersion,
      questionId: statementAnswers.questionId,
      theme: sql<string | null>`min(${statementAnswers.theme})`,
      sum: sql<number>`coalesce(sum(${v}), 0)::int`,
      n: sql<number>`count(${v})::int`,
      cannotSay: sql<number>`(count(*) filter (where ${statementAnswers.cannotSay}))::int`,
      skipped: sql<number>`(count(*) filter (where ${v} is null and not ${statementAnswers.cannotSay}))::int`,
    })
    .from(statementAnswers)
    .innerJoin(answers, eq(statementAnswers.answerId, answers.id))
    .where(scopeFilter(scope))
    .groupBy(...groupColumns, statementAnswers.questionId);
}

export interface CommentRow extends CellKey {
  text: string;
}

/** Most comments one report lists. */
export const maxReportComments = 500;

/** The free-text comments (the recommendation's "why" and the open questions) of the scope's answers. */
export async function readComments(db: FeedbackDb, scope: ReportScope): Promise<CommentRow[]> {
  if (scope.unitIds.length === 0) return [];
  const key = {
    unitId: answers.unitId,
    month: monthText,
    channel: answers.channel,
    serviceCode: answers.serviceCode,
    setVersion: answers.setVersion,
  };
  const why = await db
    .select({ ...key, text: sql<string>`${answers.recommendationComment}` })
    .from(answers)
    .where(and(scopeFilter(scope), isNotNull(answers.recommendationComment)))
    .orderBy(answers.recommendationComment)
    .limit(maxReportComments);
  const open = await db
    .select({ ...key, text: freeTextAnswers.text })
    .from(freeTextAnswers)
    .innerJoin(answers, eq(freeTextAnswers.answerId, answers.id))
    .where(scopeFilter(scope))
    .orderBy(freeTextAnswers.text)
    .limit(maxReportComments);
  return [...why, ...open].slice(0, maxReportComments);
}
