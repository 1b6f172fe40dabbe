// The audit log of the booking skeleton: one row per read and per change of a person's preferences, a
// 'denied' row for a refused read, and the change and its row committed or rolled back together.
import {
  auditLog,
  demoUnitIds,
  findResidentPreferences,
  listServicesOfUnit,
  saveResidentPreferences,
} from '@asiointi/booking-data';
import { TEST_SUBJECTS as s, TEST_UNIT_IDS } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { bookingAuditTrail } from '../src/index';
import { useBookingOverHttp } from './support/booking-over-http';
import { callBooking } from './support/call-booking';
import { useIdentityProvider } from './support/identity-provider';

describeOnDatabases('booking audit log', (engine) => {
  const identity = useIdentityProvider();
  const booking = useBookingOverHttp(engine, identity);
  const rowsAbout = (subject: string) =>
    booking
      .db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectPerson, subject))
      .orderBy(auditLog.occurredAt);

  it('writes one row per read of preferences', async () => {
    const emily = { person: 'englishSpeakerEmily' } as const;
    await callBooking(booking.url(), identity, emily, 'preferences.get');
    await callBooking(booking.url(), identity, emily, 'preferences.get');
    const rows = await rowsAbout(s.englishSpeakerEmily);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      service: 'booking',
      actorSubject: s.englishSpeakerEmily,
      actorKind: 'self',
      actingForSubject: null,
      subjectPerson: s.englishSpeakerEmily,
      action: 'read',
      resourceType: 'resident-preferences',
      purpose: 'resident-self-service',
      outcome: 'success',
    });
    expect(rows[0]?.requestId).not.toBe(rows[1]?.requestId);
  });

  it('writes one row per change, naming the guardian who acted for the child', async () => {
    const input = { reminderChannel: 'email', serviceLanguage: 'fi' };
    const result = await callBooking(
      booking.url(),
      identity,
      { person: 'guardianAnna', actingFor: 'childEetuUnder12' },
      'preferences.update',
      { mutation: true, input },
    );
    expect(result.data).toMatchObject(input);
    const rows = await rowsAbout(s.childEetuUnder12);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorSubject: s.guardianAnna,
      actorKind: 'guardian',
      actingForSubject: s.childEetuUnder12,
      action: 'update',
      outcome: 'success',
    });
    expect(await findResidentPreferences(booking.db(), s.childEetuUnder12)).toMatchObject({
      ...input,
      updatedBySubject: s.guardianAnna,
    });
  });

  it('writes a denied row for a refused read, in the refused person’s trail', async () => {
    const result = await callBooking(
      booking.url(),
      identity,
      { person: 'guardianAnna', actingFor: 'minorAino14NotAllowed' },
      'preferences.get',
    );
    expect(result.error?.data.code).toBe('ACTING_FOR_NOT_ALLOWED');
    const rows = await rowsAbout(s.minorAino14NotAllowed);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorSubject: s.guardianAnna,
      actorKind: 'guardian',
      action: 'read',
      resourceType: 'resident-preferences',
      outcome: 'denied',
    });
  });

  it('takes the audit row back with a change that fails after it was written', async () => {
    const before = await rowsAbout(s.swedishSpeakerEbba);
    const context = {
      requestId: 'failing-change',
      actor: {
        subject: s.swedishSpeakerEbba,
        kind: 'self',
        role: null,
        unitId: null,
        actingForSubject: null,
      },
    } as const;
    const failure = await bookingAuditTrail
      .change(
        booking.db(),
        context,
        {
          action: 'update',
          resourceType: 'resident-preferences',
          purpose: 'test',
          subjectPerson: s.swedishSpeakerEbba,
        },
        async (tx) => {
          // The audit row is in the transaction by now; prove it, then break the change.
          const written = await tx.select().from(auditLog).where(eq(auditLog.requestId, 'failing-change'));
          expect(written).toHaveLength(1);
          // A reminder channel outside the contract breaks a check constraint.
          await saveResidentPreferences(tx, {
            subject: s.swedishSpeakerEbba,
            reminderChannel: 'fax' as never,
            serviceLanguage: null,
            updatedBySubject: s.swedishSpeakerEbba,
          });
        },
      )
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    expect(await rowsAbout(s.swedishSpeakerEbba)).toEqual(before);
    expect(await findResidentPreferences(booking.db(), s.swedishSpeakerEbba)).toBeUndefined();
  });

  it('writes a staff change with role and unit and no person, and none for a refused one', async () => {
    const services = await listServicesOfUnit(booking.db(), demoUnitIds.kaijonharju);
    const nurse = services?.find((service) => service.code === 'nurse-appointment');
    const tuira = (await listServicesOfUnit(booking.db(), demoUnitIds.tuira))?.[0];
    const admin = { person: 'bookingAdminLiisa' } as const;
    const setSelfBookable = (serviceTypeId: string | undefined) =>
      callBooking(booking.url(), identity, admin, 'serviceTypes.setSelfBookable', {
        mutation: true,
        input: { serviceTypeId, selfBookable: false },
      });

    expect((await setSelfBookable(nurse?.id)).data).toMatchObject({ id: nurse?.id, selfBookable: false });
    expect((await setSelfBookable(tuira?.id)).error?.data.code).toBe('FORBIDDEN');
    const missing = await setSelfBookable('00000000-0000-4000-8000-000000000000');
    expect([missing.status, missing.error?.data.code]).toEqual([404, 'SERVICE_TYPE_NOT_FOUND']);

    const rows = await booking.db().select().from(auditLog).where(eq(auditLog.resourceType, 'service-type'));
    expect(rows).toEqual([
      expect.objectContaining({
        actorSubject: s.bookingAdminLiisa,
        actorKind: 'staff',
        actorRole: 'booking-admin',
        actorUnitId: TEST_UNIT_IDS.centralHealthCentre,
        subjectPerson: null,
        action: 'update',
        resourceId: nurse?.id,
        purpose: 'service-catalogue-maintenance',
        outcome: 'success',
      }),
    ]);
  });
});
