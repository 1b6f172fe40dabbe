// "You said, we did" entries: the public reads the published ones, staff all of their units'.
import { maxChangeEntries } from '@asiointi/feedback-contract';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { changeEntries } from './schema';

export type ChangeEntryRow = typeof changeEntries.$inferSelect;

export interface ChangeEntryValues {
  unitId: string;
  /** The first day of the month. */
  month: string;
  title: { fi: string; sv: string; en: string };
  said: { fi: string; sv: string; en: string };
  done: { fi: string; sv: string; en: string };
  published: boolean;
}

function columnsOf(entry: ChangeEntryValues) {
  return {
    unitId: entry.unitId,
    month: entry.month,
    titleFi: entry.title.fi,
    titleSv: entry.title.sv,
    titleEn: entry.title.en,
    saidFi: entry.said.fi,
    saidSv: entry.said.sv,
    saidEn: entry.said.en,
    doneFi: entry.done.fi,
    doneSv: entry.done.sv,
    doneEn: entry.done.en,
    published: entry.published,
  };
}

export async function insertChangeEntry(
  db: FeedbackDb,
  entry: ChangeEntryValues & { id: string; now: Date },
): Promise<ChangeEntryRow> {
  const [row] = await db
    .insert(changeEntries)
    .values({ id: entry.id, ...columnsOf(entry), createdAt: entry.now, updatedAt: entry.now })
    .returning();
  if (!row) throw new Error('The insert returned no row');
  return row;
}

export async function updateChangeEntry(
  db: FeedbackDb,
  id: string,
  entry: ChangeEntryValues,
  now: Date,
): Promise<ChangeEntryRow | undefined> {
  const [row] = await db
    .update(changeEntries)
    .set({ ...columnsOf(entry), updatedAt: now })
    .where(eq(changeEntries.id, id))
    .returning();
  return row;
}

export async function setChangeEntryPublished(
  db: FeedbackDb,
  id: string,
  published: boolean,
  now: Date,
): Promise<ChangeEntryRow | undefined> {
  const [row] = await db
    .update(changeEntries)
    .set({ published, updatedAt: now })
    .where(eq(changeEntries.id, id))
    .returning();
  return row;
}

export async function findChangeEntry(db: FeedbackDb, id: string): Promise<ChangeEntryRow | undefined> {
  const [row] = await db.select().from(changeEntries).where(eq(changeEntries.id, id));
  return row;
}

/** The entry, locked until the transaction ends (its unit re-checked there before a change). */
export async function lockChangeEntry(db: FeedbackDb, id: string): Promise<ChangeEntryRow | undefined> {
  const [row] = await db.select().from(changeEntries).where(eq(changeEntries.id, id)).for('update');
  return row;
}

/** Published entries (or all of the given units' for staff), newest month first. */
export async function listChangeEntries(
  db: FeedbackDb,
  query: { publishedOnly: true } | { publishedOnly: false; unitIds: readonly string[] },
): Promise<ChangeEntryRow[]> {
  if (!query.publishedOnly && query.unitIds.length === 0) return [];
  return db
    .select()
    .from(changeEntries)
    .where(
      query.publishedOnly
        ? eq(changeEntries.published, true)
        : and(inArray(changeEntries.unitId, [...query.unitIds])),
    )
    .orderBy(desc(changeEntries.month), asc(changeEntries.titleFi), asc(changeEntries.id))
    .limit(maxChangeEntries);
}
