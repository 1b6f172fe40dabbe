// A unit's figures on a small known set: T3 from the demo schedules as of a fixed now, and the period's
// care-guarantee, no-show and self-service shares from bookings inserted here.
import { unitFiguresSchema, type ServiceFigures } from '@asiointi/booking-contract';
import {
  demoResourceIds,
  demoUnitIds,
  listServicesOfUnit,
  type ServiceTypeRow,
} from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import { useIdentityProvider } from '../support/identity-provider';
import { insertBooking, useStaffBookingService } from './staff-service';

const february = { unitId: demoUnitIds.kaijonharju, from: '2027-02-01', until: '2027-02-28' };

describeOnDatabases('unit figures', (engine) => {
  const identity = useIdentityProvider();
  const booking = useStaffBookingService(engine, identity);
  let services: Record<string, ServiceTypeRow>;

  beforeAll(async () => {
    const rows = (await listServicesOfUnit(booking.db(), demoUnitIds.kaijonharju)) ?? [];
    services = Object.fromEntries(rows.map((row) => [row.code, row]));
    const nurse = services['nurse-appointment']!;
    const inKaijonharju = {
      unitId: demoUnitIds.kaijonharju,
      serviceTypeId: nurse.id,
      resourceId: demoResourceIds.kaijonharjuNurse,
      minutes: 20,
    };
    const february2 = (time: string) => `2027-02-02T${time}:00+02:00`;
    // Need assessed on 1 Nov 2026: 93 days before the visit, outside the 90-day guarantee.
    await insertBooking(booking.db(), {
      ...inKaijonharju,
      startsAt: february2('08:00'),
      status: 'attended',
      bookedBy: 'resident',
      needAssessedAt: '2026-11-01T10:00:00+02:00',
    });
    // Assessed on 23 Jan: in time.
    await insertBooking(booking.db(), {
      ...inKaijonharju,
      startsAt: february2('08:20'),
      status: 'attended',
      bookedBy: 'staff',
      needAssessedAt: '2027-01-23T10:00:00+02:00',
    });
    await insertBooking(booking.db(), {
      ...inKaijonharju,
      startsAt: february2('08:40'),
      status: 'attended',
      bookedBy: 'resident',
    });
    await insertBooking(booking.db(), {
      ...inKaijonharju,
      startsAt: february2('09:00'),
      status: 'noShow',
      bookedBy: 'resident',
    });
    await insertBooking(booking.db(), {
      ...inKaijonharju,
      startsAt: february2('09:20'),
      status: 'cancelled',
      bookedBy: 'staff',
    });
    // The last day of the period counts up to its Helsinki midnight.
    await insertBooking(booking.db(), {
      ...inKaijonharju,
      startsAt: '2027-02-28T23:40:00+02:00',
      status: 'booked',
      bookedBy: 'resident',
    });
    // Outside the period, or another unit: not counted.
    await insertBooking(booking.db(), {
      ...inKaijonharju,
      startsAt: '2027-03-01T00:00:00+02:00',
      status: 'noShow',
      bookedBy: 'staff',
    });
    await insertBooking(booking.db(), {
      ...inKaijonharju,
      startsAt: '2027-01-31T23:40:00+02:00',
      status: 'noShow',
      bookedBy: 'staff',
    });
    const kuusamoNurse = (await listServicesOfUnit(booking.db(), demoUnitIds.kuusamo))!.find(
      (service) => service.code === 'nurse-appointment',
    )!;
    await insertBooking(booking.db(), {
      unitId: demoUnitIds.kuusamo,
      serviceTypeId: kuusamoNurse.id,
      resourceId: demoResourceIds.kuusamoNurse,
      minutes: 20,
      startsAt: february2('08:00'),
      status: 'noShow',
      bookedBy: 'staff',
    });
  });

  function figuresOf(data: unknown, code: string): ServiceFigures {
    const figures = unitFiguresSchema.parse(data);
    const service = figures.services.find((entry) => entry.service.code === code);
    if (!service) throw new Error(`no figures for ${code}`);
    return service;
  }

  it('computes the period’s shares from the bookings', async () => {
    const result = await booking.call('managerMarkku', 'figures.unit', february);
    expect(result.status, result.text).toBe(200);
    const nurse = figuresOf(result.data, 'nurse-appointment');
    expect(nurse.noShowRate).toEqual({
      value: 0.25,
      n: 4,
      definition: 'booking.noShow.noShowsPerAttendedAndNoShows',
    });
    expect(nurse.selfServiceShare).toEqual({
      value: 4 / 6,
      n: 6,
      definition: 'booking.selfService.shareOfBookingsMadeByResidents',
    });
    expect(nurse.withinCareGuarantee).toEqual({
      value: 0.5,
      n: 2,
      definition: 'booking.careGuarantee.shareOfVisitsWithinLimit',
    });
    // Nothing to rest on: null, not zero.
    const social = figuresOf(result.data, 'social-counselling');
    expect(social.noShowRate).toMatchObject({ value: null, n: 0 });
    expect(social.withinCareGuarantee).toMatchObject({ value: null, n: 0 });
  });

  it('computes T3 of several units in one call, as the unit figures do', async () => {
    const units = [demoUnitIds.kaijonharju, demoUnitIds.kuusamo];
    const perUnit = await Promise.all(
      units.map((unitId) => booking.call('bookingAdminLiisa', 'figures.unit', { ...february, unitId })),
    );
    const together = await booking.call('bookingAdminLiisa', 'figures.t3', { unitIds: units });
    expect(together.status, together.text).toBe(200);
    const expected = perUnit.map((result, index) => ({
      unitId: units[index],
      services: unitFiguresSchema
        .parse(result.data)
        .services.map(({ service, t3Days }) => ({ service, t3Days })),
    }));
    expect(together.data).toEqual(expected);
    expect(expected.flatMap((unit) => unit.services).some((entry) => entry.t3Days.value !== null)).toBe(true);
  });

  it('refuses T3 of a unit the caller reads no figures of', async () => {
    const result = await booking.call('bookingAdminLiisa', 'figures.t3', {
      unitIds: [demoUnitIds.kaijonharju, demoUnitIds.tuira],
    });
    expect(result.status).toBe(403);
  });

  it('computes T3 as of now from the schedules', async () => {
    // Now is Thursday 4 March 2027 at 15:00 in Helsinki.
    const result = await booking.call('bookingAdminLiisa', 'figures.unit', february);
    const t3 = (code: string) => figuresOf(result.data, code).t3Days;
    // The nurse works until 15:30 in 20-minute slots: 15:00 today, then Friday 08:00 and 08:20.
    expect(t3('nurse-appointment')).toMatchObject({
      value: 1,
      definition: 'booking.t3.daysToThirdNextFreeTime',
    });
    // The physician works Monday to Thursday and is done for today: the third time is on Monday.
    expect(t3('doctor-appointment')).toMatchObject({ value: 4 });
    // The laboratory opens mornings only.
    expect(t3('blood-sample')).toMatchObject({ value: 1 });
  });

  it('widens the T3 search beyond two weeks when the first times are further away', async () => {
    const resource = await booking.call(
      'bookingAdminLiisa',
      'resources.save',
      {
        unitId: demoUnitIds.kuusamo,
        kind: 'person',
        name: 'Puheterapeutti Noora Ahola',
        skills: ['speech-therapist'],
        languages: ['fi'],
        active: true,
      },
      true,
    );
    const resourceId = (resource.data as { id: string }).id;
    // Her schedule starts on Monday 5 April 2027, a month and more away.
    await booking.call(
      'bookingAdminLiisa',
      'schedules.createTemplate',
      {
        resourceId,
        validFrom: '2027-04-05',
        validUntil: null,
        workingPeriods: { mon: [{ start: '08:00', end: '10:00' }], tue: [{ start: '08:00', end: '10:00' }] },
      },
      true,
    );
    const created = await booking.call(
      'bookingAdminLiisa',
      'serviceTypes.save',
      {
        unitId: demoUnitIds.kuusamo,
        code: 'speech-therapy',
        category: 'rehabilitation',
        name: { fi: 'Puheterapia', sv: 'Talterapi', en: 'Speech therapy' },
        durationMinutes: 60,
        channels: ['onSite'],
        selfBookable: true,
        requiresBookingRight: false,
        cancellationCutOffHours: 24,
        bookingHorizonDays: 120,
        sensitive: false,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 0,
        requiredSkill: 'speech-therapist',
        careGuarantee: null,
      },
      true,
    );
    expect(created.status, created.text).toBe(200);
    const result = await booking.call('bookingAdminLiisa', 'figures.unit', {
      ...february,
      unitId: demoUnitIds.kuusamo,
    });
    // 5 April: 08:00 and 09:00; 6 April: 08:00 → 33 days from 4 March.
    expect(figuresOf(result.data, 'speech-therapy').t3Days).toMatchObject({ value: 33 });
    // Kuusamo's nurse no-show in February is Kuusamo's, not Kaijonharju's.
    expect(figuresOf(result.data, 'nurse-appointment').noShowRate).toMatchObject({ value: 1, n: 1 });
  });

  it('shows figures to the unit’s managers and booking administrators only', async () => {
    expect((await booking.call('nurseSari', 'figures.unit', february)).code).toBe('FORBIDDEN');
    expect(
      (await booking.call('managerMarkku', 'figures.unit', { ...february, unitId: demoUnitIds.kuusamo }))
        .code,
    ).toBe('FORBIDDEN');
    expect((await booking.call('englishSpeakerEmily', 'figures.unit', february)).code).toBe('FORBIDDEN');
    expect(
      (await booking.call('managerMarkku', 'figures.unit', { ...february, until: '2027-01-01' })).code,
    ).toBe('VALIDATION_FAILED');
  });
});
