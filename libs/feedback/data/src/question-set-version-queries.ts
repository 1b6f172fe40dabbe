// Question-set versions for their administration: drafts are edited, published ones only read.
import { and, desc, eq } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { questionSetVersions } from './schema';

export type QuestionSetVersionRow = typeof questionSetVersions.$inferSelect;

export async function listQuestionSetVersions(
  db: FeedbackDb,
  setKey: string,
): Promise<QuestionSetVersionRow[]> {
  return db
    .select()
    .from(questionSetVersions)
    .where(eq(questionSetVersions.setKey, setKey))
    .orderBy(desc(questionSetVersions.version));
}

export async function findQuestionSetVersion(
  db: FeedbackDb,
  id: string,
  options: { lock?: boolean } = {},
): Promise<QuestionSetVersionRow | undefined> {
  const query = db.select().from(questionSetVersions).where(eq(questionSetVersions.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function findQuestionSetVersionByStatus(
  db: FeedbackDb,
  setKey: string,
  status: 'draft' | 'published',
): Promise<QuestionSetVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(questionSetVersions)
    .where(and(eq(questionSetVersions.setKey, setKey), eq(questionSetVersions.status, status)))
    .orderBy(desc(questionSetVersions.version))
    .limit(1);
  return row;
}

export async function latestQuestionSetVersionNumber(db: FeedbackDb, setKey: string): Promise<number> {
  const [row] = await db
    .select({ version: questionSetVersions.version })
    .from(questionSetVersions)
    .where(eq(questionSetVersions.setKey, setKey))
    .orderBy(desc(questionSetVersions.version))
    .limit(1);
  return row?.version ?? 0;
}

export async function insertQuestionSetDraft(
  db: FeedbackDb,
  draft: { id: string; setKey: string; version: number; definition: unknown },
): Promise<QuestionSetVersionRow> {
  const [row] = await db
    .insert(questionSetVersions)
    .values({ ...draft, status: 'draft', publishedAt: null })
    .returning();
  if (!row) throw new Error('The insert returned no row');
  return row;
}

/** Changes a draft's definition; a published row is refused by the trigger as well. */
export async function updateQuestionSetDraft(db: FeedbackDb, id: string, definition: unknown): Promise<void> {
  await db
    .update(questionSetVersions)
    .set({ definition })
    .where(and(eq(questionSetVersions.id, id), eq(questionSetVersions.status, 'draft')));
}

/** The draft becomes the published version; the one published before it is retired. */
export async function publishQuestionSetDraft(
  db: FeedbackDb,
  draft: { id: string; setKey: string },
  now: Date,
): Promise<void> {
  await db
    .update(questionSetVersions)
    .set({ status: 'retired' })
    .where(and(eq(questionSetVersions.setKey, draft.setKey), eq(questionSetVersions.status, 'published')));
  await db
    .update(questionSetVersions)
    .set({ status: 'published', publishedAt: now })
    .where(and(eq(questionSetVersions.id, draft.id), eq(questionSetVersions.status, 'draft')));
}
