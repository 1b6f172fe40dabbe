// Where a resident's reminders go: their own number and address, entered and confirmed by them, kept in
// booking's preferences, read and changed in their own audit trail, also while they act for a child.
import { auditLog, findResidentPreferences } from '@asiointi/booking-data';
import { TEST_SUBJECTS as s } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { useBookingOverHttp } from './support/booking-over-http';
import { callBooking, type BookingCaller } from './support/call-booking';
import { useIdentityProvider } from './support/identity-provider';

const emily: BookingCaller = { person: 'englishSpeakerEmily' };
const annaForEetu: BookingCaller = { person: 'guardianAnna', actingFor: 'childEetuUnder12' };

describeOnDatabases('reminder contact', (engine) => {
  const identity = useIdentityProvider();
  const booking = useBookingOverHttp(engine, identity);
  const call = (caller: BookingCaller, procedure: string, input?: unknown, mutation = false) =>
    callBooking(booking.url(), identity, caller, procedure, { input, mutation });

  it('has nothing before the resident enters it', async () => {
    const result = await call(emily, 'reminderContact.get');
    expect(result.status, result.text).toBe(200);
    expect(result.data).toEqual({ phone: null, email: null, updatedAt: null });
  });

  it('stores a confirmed number in international form and an address, and reads them back', async () => {
    const saved = await call(
      emily,
      'reminderContact.update',
      { phone: '040 123 4567', email: 'emily@example.fi', confirmed: true },
      true,
    );
    expect(saved.status, saved.text).toBe(200);
    expect(saved.data).toMatchObject({ phone: '+358401234567', email: 'emily@example.fi' });
    expect((await call(emily, 'reminderContact.get')).data).toMatchObject({ phone: '+358401234567' });
    // The other preferences stay as they were (the defaults).
    expect((await call(emily, 'preferences.get')).data).toMatchObject({ reminderChannel: 'sms' });
  });

  it('refuses an unconfirmed or malformed entry with a typed 400, writing nothing', async () => {
    for (const input of [
      { phone: '0401234567', email: null },
      { phone: '0401234567', email: null, confirmed: false },
      { phone: 'call me', email: null, confirmed: true },
      { phone: '4'.repeat(5000), email: null, confirmed: true },
      { phone: null, email: 'not an address', confirmed: true },
    ]) {
      const result = await call({ person: 'swedishSpeakerEbba' }, 'reminderContact.update', input, true);
      expect([result.status, result.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await findResidentPreferences(booking.db(), s.swedishSpeakerEbba)).toBeUndefined();
  });

  it('is the guardian’s own while they act for a child, in the guardian’s own trail', async () => {
    const saved = await call(
      annaForEetu,
      'reminderContact.update',
      { phone: '+358 50 765 4321', email: null, confirmed: true },
      true,
    );
    expect(saved.status, saved.text).toBe(200);
    expect((await findResidentPreferences(booking.db(), s.guardianAnna))?.reminderPhone).toBe(
      '+358507654321',
    );
    expect(await findResidentPreferences(booking.db(), s.childEetuUnder12)).toBeUndefined();
    await call(annaForEetu, 'reminderContact.get');
    const rows = await booking
      .db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceType, 'reminder-contact'), eq(auditLog.actorSubject, s.guardianAnna)))
      .orderBy(auditLog.occurredAt);
    expect(rows.map((row) => row.action)).toEqual(['update', 'read']);
    for (const row of rows) {
      expect(row).toMatchObject({ subjectPerson: s.guardianAnna, actorKind: 'self', actingForSubject: null });
    }
  });
});
