import { and, eq } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { serviceTypes, type ServiceTypeRow } from './schema';

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
