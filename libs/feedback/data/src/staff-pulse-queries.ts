// The staff pulse's writes: an "answered this month" marker and the anonymous answer (released to reports in
// batches, answer-release.ts), in one transaction, so that a second answer of the same person in the same
// month (same marker) writes nothing.
import { and, desc, eq } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { insertAnswerAndReleaseBatches } from './answer-release';
import { questionSetVersions, staffPulseMarkers } from './schema';

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
  /** The suppression threshold: answers are released to reports in batches of at least this many. */
  threshold: number,
): Promise<'saved' | 'alreadyAnswered'> {
  return db.transaction(async (tx) => {
    const marked = await tx
      .insert(staffPulseMarkers)
      .values({ marker: answer.marker, month: answer.month })
      .onConflictDoNothing()
      .returning({ marker: staffPulseMarkers.marker });
    if (marked.length === 0) return 'alreadyAnswered';
    await insertAnswerAndReleaseBatches(
      tx,
      {
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
        statements: answer.statements,
        freeTexts: answer.freeTexts,
      },
      threshold,
    );
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
