// What the feedback reports read: answers grouped by unit, month, channel, service and set version (the
// finest cells the reports' suppression works on), never single answers, and the free-text comments of a
// unit for the reports' masked comment list. Only answers released to reports (answer-release.ts: whole
// batches of at least the suppression threshold) are read.
import { and, between, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
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
    eq(answers.released, true),
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

export interface CommentRow {
  text: string;
}

/** Most comments one report lists. */
export const maxReportComments = 500;

/** Which answers' comments to read: the months (YYYY-MM-01) that may be shown, narrowed by channel or service. */
export interface CommentScope extends ReportScope {
  months: readonly string[];
  channel?: string;
  /** null: answers without a known service. */
  serviceCode?: string | null;
}

/**
 * The free-text comments (the recommendation's "why" and the open questions) of the scope's answers, in text
 * order, at most maxReportComments: months, channel and service are filtered in SQL and both sources merged
 * before the limit, so that the limit never cuts comments the filter would keep.
 */
export async function readComments(db: FeedbackDb, scope: CommentScope): Promise<CommentRow[]> {
  if (scope.unitIds.length === 0 || scope.months.length === 0) return [];
  const filter = and(
    scopeFilter(scope),
    inArray(answers.month, [...scope.months]),
    scope.channel === undefined ? undefined : eq(answers.channel, scope.channel),
    scope.serviceCode === undefined
      ? undefined
      : scope.serviceCode === null
        ? isNull(answers.serviceCode)
        : eq(answers.serviceCode, scope.serviceCode),
  );
  const why = db
    .select({ text: sql<string>`${answers.recommendationComment}`.as('text') })
    .from(answers)
    .where(and(filter, isNotNull(answers.recommendationComment)));
  const open = db
    .select({ text: sql<string>`${freeTextAnswers.text}`.as('text') })
    .from(freeTextAnswers)
    .innerJoin(answers, eq(freeTextAnswers.answerId, answers.id))
    .where(filter);
  const merged = unionAll(why, open).as('comments');
  return db.select({ text: merged.text }).from(merged).orderBy(merged.text).limit(maxReportComments);
}
