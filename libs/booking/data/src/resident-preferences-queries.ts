import { defaultResidentPreferences } from '@asiointi/booking-contract';
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

export interface SaveReminderContact {
  subject: string;
  reminderPhone: string | null;
  reminderEmail: string | null;
  updatedBySubject: string;
}

/**
 * Stores where a person's reminders go, keeping their other preferences; a person without a row gets the
 * default preferences with it.
 */
export async function saveReminderContact(
  db: BookingDb,
  contact: SaveReminderContact,
): Promise<ResidentPreferencesRow> {
  const { subject, ...values } = contact;
  const [row] = await db
    .insert(residentPreferences)
    .values({ subject, ...values, reminderChannel: defaultResidentPreferences.reminderChannel })
    .onConflictDoUpdate({ target: residentPreferences.subject, set: { ...values, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('saving a reminder contact returned no row');
  return row;
}

/** A person's stored address for a reminder channel, or null (none entered, or no such person). */
export async function findReminderAddress(
  db: BookingDb,
  subject: string,
  channel: 'sms' | 'email',
): Promise<string | null> {
  const row = await findResidentPreferences(db, subject);
  return (channel === 'sms' ? row?.reminderPhone : row?.reminderEmail) ?? null;
}
