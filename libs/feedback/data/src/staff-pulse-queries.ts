// The staff pulse's writes: an "answered this month" marker and the anonymous answer, in one transaction,
// so that a second answer of the same person in the same month (same marker) writes nothing.
import { and, desc, eq } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { answers, freeTextAnswers, questionSetVersions, staffPulseMarkers, statementAnswers } from './schema';

/** The newest published version of a set: its version and its stored definition (not yet parsed). */
export async function findPublishedQuestionSet(
  db: FeedbackDb,
  setKey: string,
): Promise<{ version: number; definition: unknown } | undefined> {
  const [row] = await db
    .select({ version: questionSetVersions.version, definition: questionSetVersions.definition })
    .from(questionSetVersions)
    .where(and(eq(questionSetVersions.setKey, setKey), eq(questionSetVersions.status, 'published')))
    .orderBy(desc(questionSetVersions.version))
    .limit(1);
  return row;
}

export interface NewStaffPulseAnswer {
  /** The keyed hash of subject, unit and month (64 hex digits). */
  marker: string;
  unitId: string;
  setVersion: number;
  /** YYYY-MM-01 */
  month: string;
  recommendation: number | null;
  recommendationComment: string | null;
  statements: { questionId: string; theme: string | null; value: number | null; cannotSay: boolean }[];
  freeTexts: { questionId: string; text: string }[];
}

/** Writes the marker and the answer; 'alreadyAnswered' (and nothing written) when the marker exists. */
export async function insertStaffPulseAnswer(
  db: FeedbackDb,
  answer: NewStaffPulseAnswer,
): Promise<'saved' | 'alreadyAnswered'> {
  return db.transaction(async (tx) => {
    const marked = await tx
      .insert(staffPulseMarkers)
      .values({ marker: answer.marker, month: answer.month })
      .onConflictDoNothing()
      .returning({ marker: staffPulseMarkers.marker });
    if (marked.length === 0) return 'alreadyAnswered';
    const [row] = await tx
      .insert(answers)
      .values({
        audience: 'staff',
        setKey: 'staff-pulse',
        setVersion: answer.setVersion,
        unitId: answer.unitId,
        serviceCode: null,
        channel: 'unknown',
        month: answer.month,
        respondent: null,
        recommendation: answer.recommendation,
        recommendationComment: answer.recommendationComment,
      })
      .returning({ id: answers.id });
    const answerId = row!.id;
    if (answer.statements.length > 0)
      await tx
        .insert(statementAnswers)
        .values(answer.statements.map((statement) => ({ answerId, ...statement })));
    if (answer.freeTexts.length > 0)
      await tx.insert(freeTextAnswers).values(answer.freeTexts.map((text) => ({ answerId, ...text })));
    return 'saved';
  });
}

/** Whether the marker exists (the pulse page asks before showing the form). */
export async function hasStaffPulseMarker(db: FeedbackDb, marker: string): Promise<boolean> {
  const rows = await db
    .select({ marker: staffPulseMarkers.marker })
    .from(staffPulseMarkers)
    .where(eq(staffPulseMarkers.marker, marker))
    .limit(1);
  return rows.length > 0;
}
