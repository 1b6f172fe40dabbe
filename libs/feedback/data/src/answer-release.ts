// Releasing answers to reports in whole batches. An answer is written unreleased; in the same transaction
// its group (unit, audience, question set key and month) is locked and, once the group holds at least the
// suppression threshold of unreleased answers, all of them are released together. Reports read released
// answers only (report-queries.ts), so two reads at different times differ by no answer or by a whole batch
// of at least the threshold, never by one person's answer.
import { and, eq, sql } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { answers, freeTextAnswers, statementAnswers } from './schema';

/** The group answers are released in: one unit, audience, question set and month. */
export interface AnswerReleaseGroup {
  unitId: string;
  audience: 'client' | 'staff';
  setKey: string;
  /** YYYY-MM-01 */
  month: string;
}

type FeedbackTx = Parameters<Parameters<FeedbackDb['transaction']>[0]>[0];
type FeedbackExecutor = FeedbackDb | FeedbackTx;

function assertThreshold(threshold: number): void {
  if (!Number.isSafeInteger(threshold) || threshold < 1)
    throw new RangeError('A suppression threshold is a whole number of at least 1');
}

/**
 * Locks the group until the transaction ends and releases its unreleased answers when there are at least
 * `threshold` of them. Call it inside the transaction that inserted the answer. Returns how many it released.
 */
export async function releaseFullBatch(
  tx: FeedbackExecutor,
  group: AnswerReleaseGroup,
  threshold: number,
): Promise<number> {
  assertThreshold(threshold);
  const lockKey = JSON.stringify([
    'feedback.answers',
    group.unitId,
    group.audience,
    group.setKey,
    group.month,
  ]);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${lockKey}))`);
  const inGroup = and(
    eq(answers.unitId, group.unitId),
    eq(answers.audience, group.audience),
    eq(answers.setKey, group.setKey),
    eq(answers.month, group.month),
    eq(answers.released, false),
  );
  const [row] = await tx
    .select({ unreleased: sql<number>`count(*)::int` })
    .from(answers)
    .where(inGroup);
  if ((row?.unreleased ?? 0) < threshold) return 0;
  const released = await tx
    .update(answers)
    .set({ released: true })
    .where(inGroup)
    .returning({ id: answers.id });
  return released.length;
}

/** One finished answer to write (nothing in it leads back to a person). */
export interface NewAnswer extends AnswerReleaseGroup {
  setVersion: number;
  serviceCode: string | null;
  channel: 'onSite' | 'phone' | 'video' | 'message' | 'unknown';
  respondent: 'self' | 'withHelp' | 'relative' | null;
  recommendation: number | null;
  recommendationComment: string | null;
  statements: { questionId: string; theme: string | null; value: number | null; cannotSay: boolean }[];
  freeTexts: { questionId: string; text: string }[];
}

/**
 * Writes an answer (unreleased) with its statement and free-text answers and releases its group's batch
 * when it is full. Call it inside the transaction that writes whatever else goes with the answer (a request
 * marked answered, a pulse marker), so that nothing is half-written.
 */
export async function insertAnswerAndReleaseBatches(
  tx: FeedbackExecutor,
  answer: NewAnswer,
  threshold: number,
): Promise<{ answerId: string; released: number }> {
  assertThreshold(threshold);
  const [row] = await tx
    .insert(answers)
    .values({
      audience: answer.audience,
      setKey: answer.setKey,
      setVersion: answer.setVersion,
      unitId: answer.unitId,
      serviceCode: answer.serviceCode,
      channel: answer.channel,
      month: answer.month,
      respondent: answer.respondent,
      recommendation: answer.recommendation,
      recommendationComment: answer.recommendationComment,
      released: false,
    })
    .returning({ id: answers.id });
  const answerId = row!.id;
  if (answer.statements.length > 0)
    await tx
      .insert(statementAnswers)
      .values(answer.statements.map((statement) => ({ answerId, ...statement })));
  if (answer.freeTexts.length > 0)
    await tx.insert(freeTextAnswers).values(answer.freeTexts.map((text) => ({ answerId, ...text })));
  const released = await releaseFullBatch(
    tx,
    { unitId: answer.unitId, audience: answer.audience, setKey: answer.setKey, month: answer.month },
    threshold,
  );
  return { answerId, released };
}
