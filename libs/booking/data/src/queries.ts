import { asc, eq } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { serviceTypes, units, type ServiceTypeRow, type UnitRow } from './schema';
import { isAnyOf } from './uuid-array';

export function listUnits(db: BookingDb): Promise<UnitRow[]> {
  return db.select().from(units).orderBy(asc(units.municipality), asc(units.nameFi), asc(units.id));
}

/** The booking units among these ids; an id booking does not hold is simply not in the answer. */
export async function findUnits(db: BookingDb, unitIds: readonly string[]): Promise<UnitRow[]> {
  if (unitIds.length === 0) return [];
  return db.select().from(units).where(isAnyOf(units.id, unitIds)).orderBy(asc(units.id));
}

/**
 * The services of a unit, or undefined when there is no such unit (an empty list means a unit without
 * services). One query: the unit joined with its services.
 */
export async function listServicesOfUnit(
  db: BookingDb,
  unitId: string,
): Promise<ServiceTypeRow[] | undefined> {
  const rows = await db
    .select({ unitId: units.id, service: serviceTypes })
    .from(units)
    .leftJoin(serviceTypes, eq(serviceTypes.unitId, units.id))
    .where(eq(units.id, unitId))
    .orderBy(asc(serviceTypes.code));
  if (rows.length === 0) return undefined;
  return rows.flatMap((row) => (row.service ? [row.service] : []));
}
