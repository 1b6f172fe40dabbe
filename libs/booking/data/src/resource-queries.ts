// Resources (people, rooms, mobile units) of a unit, as staff maintain them.
import { and, asc, eq } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { resources, type ResourceRow } from './schema';

/**
 * What staff set on a resource; its unit is fixed when it is created. Titles left undefined stay as they
 * are (none on a new resource): a remote from before titles does not clear them.
 */
export interface ResourceValues {
  kind: ResourceRow['kind'];
  titleFi?: string | null;
  titleSv?: string | null;
  titleEn?: string | null;
  name: string;
  skills: string[];
  languages: ResourceRow['languages'];
  active: boolean;
}

export function listResourcesOfUnit(db: BookingDb, unitId: string): Promise<ResourceRow[]> {
  return db
    .select()
    .from(resources)
    .where(eq(resources.unitId, unitId))
    .orderBy(asc(resources.name), asc(resources.id));
}

export async function findResource(db: BookingDb, id: string): Promise<ResourceRow | undefined> {
  const [row] = await db.select().from(resources).where(eq(resources.id, id));
  return row;
}

export async function insertResource(
  db: BookingDb,
  resource: ResourceValues & { id: string; unitId: string },
): Promise<ResourceRow> {
  const [row] = await db.insert(resources).values(resource).returning();
  return row!;
}

/**
 * Updates a resource only while it belongs to the given unit (a resource never moves between units);
 * undefined when there is no such resource in that unit.
 */
export async function updateResource(
  db: BookingDb,
  target: { id: string; unitId: string },
  values: ResourceValues,
): Promise<ResourceRow | undefined> {
  const [row] = await db
    .update(resources)
    .set(values)
    .where(and(eq(resources.id, target.id), eq(resources.unitId, target.unitId)))
    .returning();
  return row;
}
