// The inputs that broke booking before, each answered now with a typed 400 (VALIDATION_FAILED) and no row
// written: numbers beyond any sensible bound, a 200 KB phone "number", NUL bytes in free text, and days
// in year 0000 or 9999. The input harness (input-harness.test.ts) looks for more of the same kind.
import {
  bookingDatabaseDefinition,
  demoResourceIds,
  demoUnitIds,
  listServicesOfUnit,
} from '@asiointi/booking-data';
import type { TestPersonKey } from '@asiointi/dev-idp';
import { databaseFingerprint, describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import { useBookingOverHttp } from './support/booking-over-http';
import { callBooking } from './support/call-booking';
import { useIdentityProvider } from './support/identity-provider';

const outOfRangeDays = ['0000-01-01', '9999-12-31'];

describeOnDatabases('booking refuses inputs beyond their bounds', (engine) => {
  const identity = useIdentityProvider();
  const booking = useBookingOverHttp(engine, identity);
  let nurseAppointment = '';
  beforeAll(async () => {
    const services = await listServicesOfUnit(booking.db(), demoUnitIds.kaijonharju);
    nurseAppointment = services?.find((service) => service.code === 'nurse-appointment')?.id ?? '';
  });

  /** Calls as the person and expects a typed 400 with not a row changed (the audit log aside). */
  async function expectRefused(
    person: TestPersonKey | undefined,
    procedure: string,
    input: unknown,
    mutation = false,
  ) {
    const fingerprint = databaseFingerprint(booking.db(), bookingDatabaseDefinition.schemaName, {
      except: ['audit_log'],
    });
    const before = await fingerprint();
    const answer = await callBooking(booking.url(), identity, { person }, procedure, { input, mutation });
    expect([answer.status, answer.code], answer.text.slice(0, 200)).toEqual([400, 'VALIDATION_FAILED']);
    expect(await fingerprint()).toBe(before);
  }

  const serviceType = (overrides: Record<string, unknown>) => ({
    unitId: demoUnitIds.kaijonharju,
    code: 'limits-check',
    category: 'health',
    name: { fi: 'Tarkistus', sv: 'Kontroll', en: 'Check' },
    durationMinutes: 20,
    channels: ['onSite'],
    selfBookable: true,
    requiresBookingRight: false,
    cancellationCutOffHours: 24,
    bookingHorizonDays: 30,
    sensitive: false,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    requiredSkill: 'nurse',
    careGuarantee: null,
    ...overrides,
  });

  it('refuses a booking horizon over a year and a cancellation cut-off over 30 days', async () => {
    for (const overrides of [
      { bookingHorizonDays: 1_000_000_000 },
      { bookingHorizonDays: 366 },
      { cancellationCutOffHours: 10_000_000 },
      { cancellationCutOffHours: 30 * 24 + 1 },
    ]) {
      await expectRefused('bookingAdminLiisa', 'serviceTypes.save', serviceType(overrides), true);
    }
  });

  it('still saves the longest horizon and cut-off allowed', async () => {
    const saved = await callBooking(
      booking.url(),
      identity,
      { person: 'bookingAdminLiisa' },
      'serviceTypes.save',
      { input: serviceType({ bookingHorizonDays: 365, cancellationCutOffHours: 720 }), mutation: true },
    );
    expect(saved.status, saved.text.slice(0, 200)).toBe(200);
  });

  it('refuses a phone "number" that is no phone number (200 KB of digits, letters)', async () => {
    for (const phone of ['1'.repeat(200_000), 'call the front desk', '+358 8 5584 1001\u0000']) {
      await expectRefused(
        'bookingAdminLiisa',
        'units.update',
        { id: demoUnitIds.kaijonharju, phone, openingHours: {}, accessibility: null },
        true,
      );
    }
  });

  it('refuses NUL bytes in free text and names', async () => {
    await expectRefused(
      'bookingAdminLiisa',
      'resources.save',
      {
        unitId: demoUnitIds.kaijonharju,
        kind: 'room',
        name: 'Huone\u00009',
        skills: [],
        languages: ['fi'],
        active: true,
      },
      true,
    );
    await expectRefused('bookingAdminLiisa', 'serviceTypes.save', serviceType({ name: { fi: 'A\u0000', sv: 'B', en: 'C' } }), true);
    await expectRefused(undefined, 'freeTimes.first', { serviceCode: 'nurse-appointment', municipality: 'Oulu\u0000' });
    await expectRefused(
      'englishSpeakerEmily',
      'bookings.book',
      {
        serviceTypeId: nurseAppointment,
        resourceId: demoResourceIds.kaijonharjuNurse,
        start: '2030-01-07T08:00:00+02:00',
        channel: 'onSite',
        reminderChannel: 'none',
        message: 'Hei\u0000',
        idempotencyKey: 'limits-check-0001',
      },
      true,
    );
  });

  it.each(outOfRangeDays)('refuses the day %s wherever a day or an instant is asked', async (day) => {
    await expectRefused(undefined, 'freeTimes.week', { serviceTypeId: nurseAppointment, weekStart: day });
    await expectRefused('nurseSari', 'staffBookings.dayList', { unitId: demoUnitIds.kaijonharju, date: day });
    await expectRefused('bookingAdminLiisa', 'figures.list', {
      unitIds: [demoUnitIds.kaijonharju],
      from: day,
      until: day,
    });
    await expectRefused(
      'bookingAdminLiisa',
      'schedules.blockTime',
      {
        resourceId: demoResourceIds.kaijonharjuNurse,
        start: `${day}T09:00:00+02:00`,
        end: `${day}T10:00:00+02:00`,
      },
      true,
    );
  });
});
