import { maxListedEntries } from '@asiointi/feedback-contract';
import { asc, count, inArray } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { catalogueEntries } from './schema';

export type CatalogueEntryRow = typeof catalogueEntries.$inferSelect;

export interface NewCatalogueEntry {
  /** Made by the caller, so that the audit row of the same transaction can name the entry. */
  id: string;
  unitId: string;
  name: { fi: string; sv: string; en: string };
  description: { fi: string; sv: string; en: string } | null;
  createdBySubject: string;
}

/** Every entry, or only those of the given units, at most maxListedEntries; the caller orders them for the reader. */
export async function listCatalogueEntries(
  db: FeedbackDb,
  query: { unitIds?: readonly string[] } = {},
): Promise<CatalogueEntryRow[]> {
  const unitIds = query.unitIds;
  if (unitIds?.length === 0) return [];
  return db
    .select()
    .from(catalogueEntries)
    .where(unitIds ? inArray(catalogueEntries.unitId, [...unitIds]) : undefined)
    .orderBy(asc(catalogueEntries.createdAt), asc(catalogueEntries.id))
    .limit(maxListedEntries);
}

export async function insertCatalogueEntry(
  db: FeedbackDb,
  entry: NewCatalogueEntry,
): Promise<CatalogueEntryRow> {
  const [row] = await db
    .insert(catalogueEntries)
    .values({
      id: entry.id,
      unitId: entry.unitId,
      nameFi: entry.name.fi,
      nameSv: entry.name.sv,
      nameEn: entry.name.en,
      descriptionFi: entry.description?.fi ?? null,
      descriptionSv: entry.description?.sv ?? null,
      descriptionEn: entry.description?.en ?? null,
      createdBySubject: entry.createdBySubject,
    })
    .returning();
  if (!row) throw new Error('The insert returned no row');
  return row;
}

/** Entries per unit, for the module's figures. */
export async function countCatalogueEntriesByUnit(
  db: FeedbackDb,
  unitIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(unitIds.map((unitId) => [unitId, 0]));
  if (unitIds.length === 0) return counts;
  const rows = await db
    .select({ unitId: catalogueEntries.unitId, entries: count() })
    .from(catalogueEntries)
    .where(inArray(catalogueEntries.unitId, [...unitIds]))
    .groupBy(catalogueEntries.unitId);
  for (const row of rows) counts.set(row.unitId, row.entries);
  return counts;
}
