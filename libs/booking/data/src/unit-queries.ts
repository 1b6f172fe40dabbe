import type { LocalizedText, WeeklyPeriods } from '@asiointi/booking-contract';
import { eq } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { units, type UnitRow } from './schema';

/** What a unit's own staff keep up to date: how to reach it and what to know before coming. */
export interface UnitContactValues {
  phone: string | null;
  openingHours: WeeklyPeriods;
  accessibility: LocalizedText | null;
}

/** Undefined when there is no such unit. */
export async function updateUnitContact(
  db: BookingDb,
  unitId: string,
  values: UnitContactValues,
): Promise<UnitRow | undefined> {
  const [row] = await db.update(units).set(values).where(eq(units.id, unitId)).returning();
  return row;
}
