import { eq } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { residentPreferences, type ResidentPreferencesRow } from './schema';

export async function findResidentPreferences(
  db: BookingDb,
  subject: string,
): Promise<ResidentPreferencesRow | undefined> {
  const [row] = await db.select().from(residentPreferences).where(eq(residentPreferences.subject, subject));
  return row;
}

export type SaveResidentPreferences = Pick<
  ResidentPreferencesRow,
  'subject' | 'reminderChannel' | 'serviceLanguage' | 'updatedBySubject'
>;

/** Stores a resident's preferences whole (insert or replace) and returns the stored row. */
export async function saveResidentPreferences(
  db: BookingDb,
  preferences: SaveResidentPreferences,
): Promise<ResidentPreferencesRow> {
  const { subject, ...values } = preferences;
  const [row] = await db
    .insert(residentPreferences)
    .values({ subject, ...values })
    .onConflictDoUpdate({ target: residentPreferences.subject, set: { ...values, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('saving resident preferences returned no row');
  return row;
}
