import { PgErrorCode } from '@asiointi/platform-db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { violatesConstraint } from './constraint-violation';
import { serviceTypes, type NewServiceTypeRow, type ServiceTypeRow } from './schema';

export async function findServiceType(db: BookingDb, id: string): Promise<ServiceTypeRow | undefined> {
  const [row] = await db.select().from(serviceTypes).where(eq(serviceTypes.id, id));
  return row;
}

/**
 * Opens or closes a service for self-booking, only while it still belongs to the unit the caller was
 * authorised for; undefined when it does not (gone, or moved meanwhile).
 */
export async function setServiceTypeSelfBookable(
  db: BookingDb,
  target: { id: string; unitId: string },
  selfBookable: boolean,
): Promise<ServiceTypeRow | undefined> {
  const [row] = await db
    .update(serviceTypes)
    .set({ selfBookable })
    .where(and(eq(serviceTypes.id, target.id), eq(serviceTypes.unitId, target.unitId)))
    .returning();
  return row;
}

/** What staff set on a service type; its unit is fixed when it is created. */
export type ServiceTypeValues = Omit<NewServiceTypeRow, 'id' | 'unitId' | 'createdAt'>;

export function listServiceTypesOfUnit(db: BookingDb, unitId: string): Promise<ServiceTypeRow[]> {
  return db
    .select()
    .from(serviceTypes)
    .where(eq(serviceTypes.unitId, unitId))
    .orderBy(asc(serviceTypes.code), asc(serviceTypes.id));
}

/** The service types of several units, by unit then code. */
export function listServiceTypesOfUnits(
  db: BookingDb,
  unitIds: readonly string[],
): Promise<ServiceTypeRow[]> {
  return db
    .select()
    .from(serviceTypes)
    .where(inArray(serviceTypes.unitId, [...unitIds]))
    .orderBy(asc(serviceTypes.unitId), asc(serviceTypes.code), asc(serviceTypes.id));
}

export async function insertServiceType(
  db: BookingDb,
  serviceType: ServiceTypeValues & { id: string; unitId: string },
): Promise<ServiceTypeRow> {
  const [row] = await db.insert(serviceTypes).values(serviceType).returning();
  return row!;
}

/** Updates a service type only while it belongs to the given unit; undefined when it does not. */
export async function updateServiceType(
  db: BookingDb,
  target: { id: string; unitId: string },
  values: ServiceTypeValues,
): Promise<ServiceTypeRow | undefined> {
  const [row] = await db
    .update(serviceTypes)
    .set(values)
    .where(and(eq(serviceTypes.id, target.id), eq(serviceTypes.unitId, target.unitId)))
    .returning();
  return row;
}

/** The unit already has a service type with that code (service_types_unit_id_code_key). */
export function isServiceCodeTaken(error: unknown): boolean {
  return violatesConstraint(error, PgErrorCode.uniqueViolation, 'service_types_unit_id_code_key');
}
