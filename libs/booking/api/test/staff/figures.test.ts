// booking's figures.list on a small known set: T3 from the demo schedules as of a fixed now, the period's
// care-guarantee and no-show shares from the visits inserted here that fall in it and have begun, and the
// self-service share from the bookings made in it, with the shares of fewer than five suppressed.
import { demoResourceIds, demoUnitIds, listServicesOfUnit } from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { figuresListSchema, type Figure } from '@asiointi/platform-contract';
import { beforeAll, expect, it } from 'vitest';
import { computeBookingFigures } from '../../src/figures/booking-figures';
import { useIdentityProvider } from '../support/identity-provider';
import { fixedNow, insertBooking, useStaffBookingService } from './staff-service';

const february = { from: '2027-02-01', until: '2027-02-28' };
const inKaijonharju = { unitIds: [demoUnitIds.kaijonharju], ...february };
const march = { from: '2027-03-01', until: '2027-03-31' };
/** The day fixedNow falls on in Helsinki: T3's period. */
const today = { from: '2027-03-04', until: '2027-03-04' };

describeOnDatabases('booking figures', (engine) => {
  const identity = useIdentityProvider();
  const booking = useStaffBookingService(engine, identity);

  beforeAll(async () => {
    const rows = (await listServicesOfUnit(booking.db(), demoUnitIds.kaijonharju)) ?? [];
    const nurse = rows.find((row) => row.code === 'nurse-appointment')!;
    const inTheUnit = {
      unitId: demoUnitIds.kaijonharju,
      serviceTypeId: nurse.id,
      resourceId: demoResourceIds.kaijonharjuNurse,
      minutes: 20,
    };
    const february2 = (time: string) => `2027-02-02T${time}:00+02:00`;
    // Unless said otherwise, the bookings were made on 1 February, in the period.
    const madeAt = '2027-02-01T09:00:00+02:00';
    // Need assessed on 1 Nov 2026: 93 days before the visit, outside the 90-day guarantee.
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: february2('08:00'),
      madeAt,
      status: 'attended',
      bookedBy: 'resident',
      needAssessedAt: '2026-11-01T10:00:00+02:00',
    });
    // Assessed on 23 Jan: in time.
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: february2('08:20'),
      madeAt,
      status: 'attended',
      bookedBy: 'staff',
      needAssessedAt: '2027-01-23T10:00:00+02:00',
    });
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: february2('08:40'),
      madeAt,
      status: 'attended',
      bookedBy: 'resident',
    });
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: february2('09:00'),
      madeAt,
      status: 'noShow',
      bookedBy: 'resident',
    });
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: february2('09:20'),
      madeAt,
      status: 'cancelled',
      bookedBy: 'staff',
    });
    // The last day of the period counts up to its Helsinki midnight.
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: '2027-02-28T23:40:00+02:00',
      status: 'booked',
      bookedBy: 'resident',
      madeAt: '2027-02-10T12:00:00+02:00',
    });
    // Visits outside the period, made in it: in the self-service share only.
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: '2027-03-01T00:00:00+02:00',
      status: 'noShow',
      bookedBy: 'staff',
      madeAt: '2027-02-28T23:50:00+02:00',
    });
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: '2027-01-31T23:40:00+02:00',
      status: 'noShow',
      bookedBy: 'staff',
      madeAt: '2027-02-01T00:00:00+02:00',
    });
    // A visit in the period made before it: in the visits' figures only (it is upcoming in the period).
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: february2('10:00'),
      status: 'booked',
      bookedBy: 'resident',
      madeAt: '2027-01-31T23:59:00+02:00',
    });
    // March, as of Thursday 4 March at 15:00 (outside the nurse's hours, so T3 keeps its free times): a
    // visit begun today and one on Tuesday with an assessment in time count; a no-show marked before a
    // visit tomorrow and an out-of-time "attended" visit this evening have not begun and do not.
    const inMarch = '2027-03-01T09:00:00+02:00';
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: '2027-03-04T07:00:00+02:00',
      madeAt: inMarch,
      status: 'attended',
      bookedBy: 'resident',
    });
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: '2027-03-02T07:00:00+02:00',
      madeAt: inMarch,
      status: 'attended',
      bookedBy: 'resident',
      needAssessedAt: '2027-03-01T10:00:00+02:00',
    });
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: '2027-03-05T06:00:00+02:00',
      madeAt: inMarch,
      status: 'noShow',
      bookedBy: 'resident',
    });
    await insertBooking(booking.db(), {
      ...inTheUnit,
      startsAt: '2027-03-04T16:00:00+02:00',
      madeAt: inMarch,
      status: 'attended',
      bookedBy: 'resident',
      needAssessedAt: '2026-11-01T10:00:00+02:00',
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

  /** The figures over HTTP as the caller gets them, checked against the contract. */
  async function listed(person: Parameters<typeof booking.call>[0], input: object): Promise<Figure[]> {
    const result = await booking.call(person, 'figures.list', input);
    expect(result.status, result.text).toBe(200);
    const answer = figuresListSchema.parse(result.data);
    expect(answer.module).toBe('booking');
    return answer.figures;
  }

  /** The same computation in process with nothing suppressed, for the exact counts of small groups. */
  const unsuppressed = (query: { unitIds: string[]; from: string; until: string }) =>
    computeBookingFigures(booking.db(), query, { now: fixedNow, suppressionThreshold: 1 });

  const figure = (
    figures: readonly Figure[],
    id: string,
    code: string,
    unitId: string = demoUnitIds.kaijonharju,
  ) => {
    const found = figures.find(
      (each) => each.id === id && each.dimensions.service?.code === code && each.dimensions.unitId === unitId,
    );
    if (!found) throw new Error(`no ${id} for ${code}`);
    return found;
  };

  it('computes the period’s shares from the bookings', async () => {
    const figures = await unsuppressed(inKaijonharju);
    expect(figure(figures, 'booking.no-show-rate', 'nurse-appointment')).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
      n: 4,
      status: 'ok',
    });
    expect(figure(figures, 'booking.care-guarantee-share', 'nurse-appointment')).toMatchObject({
      value: 0.5,
      n: 2,
    });
    // Nothing to rest on: null, not zero.
    expect(figure(figures, 'booking.no-show-rate', 'social-counselling')).toMatchObject({
      value: null,
      n: 0,
      status: 'no-data',
    });
    expect(figure(figures, 'booking.care-guarantee-share', 'social-counselling')).toMatchObject({
      value: null,
      n: 0,
    });
  });

  it('counts the self-service share over the bookings made in the period, whenever their visit', async () => {
    const figures = await unsuppressed(inKaijonharju);
    // Made in February: the five of 2 February, the one for 28 February, and the two for 1 March and
    // 31 January; not the one made on 31 January for 2 February. Residents made four of the eight.
    expect(figure(figures, 'booking.self-service-share', 'nurse-appointment')).toMatchObject({
      value: 0.5,
      numerator: 4,
      denominator: 8,
      n: 8,
    });
  });

  it('counts no-shows and the care guarantee over visits that have begun by now', async () => {
    const figures = await unsuppressed({ unitIds: [demoUnitIds.kaijonharju], ...march });
    // The no-show of 1 March 00:00 out of it and the two attended visits that have begun.
    expect(figure(figures, 'booking.no-show-rate', 'nurse-appointment')).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
    // Tuesday's visit, the day after its assessment; this evening's has not taken place.
    expect(figure(figures, 'booking.care-guarantee-share', 'nurse-appointment')).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 1,
    });
  });

  it('never shows a share of fewer than five bookings or visits, nor how many there were', async () => {
    const figures = await listed('managerMarkku', inKaijonharju);
    const suppressed = {
      value: null,
      numerator: null,
      denominator: null,
      n: 0,
      status: 'suppressed',
      suppression: { threshold: 5 },
    };
    expect(figure(figures, 'booking.no-show-rate', 'nurse-appointment')).toMatchObject(suppressed);
    expect(figure(figures, 'booking.care-guarantee-share', 'nurse-appointment')).toMatchObject(suppressed);
    // Eight bookings are enough.
    expect(figure(figures, 'booking.self-service-share', 'nurse-appointment')).toMatchObject({
      value: 0.5,
      numerator: 4,
      denominator: 8,
      n: 8,
      status: 'ok',
    });
    // T3 counts free times, not persons: never suppressed.
    expect(
      figures.filter((each) => each.id === 'booking.t3').every((each) => each.status !== 'suppressed'),
    ).toBe(true);
  });

  it('says what each figure is, in every language, for which period and when computed', async () => {
    const figures = await listed('managerMarkku', inKaijonharju);
    const selfService = figure(figures, 'booking.self-service-share', 'nurse-appointment');
    expect(selfService).toMatchObject({
      version: 2,
      measure: 'share',
      higherIsBetter: true,
      period: february,
      computedAt: fixedNow.toISOString(),
      dimensions: {
        unitId: demoUnitIds.kaijonharju,
        unitName: { fi: 'Kaijonharjun hyvinvointikeskus', sv: expect.any(String), en: expect.any(String) },
        service: { code: 'nurse-appointment', name: { fi: expect.any(String), sv: expect.any(String) } },
      },
    });
    // Every figure names its unit: no page or export shows a unit by its id.
    expect(figures.every((each) => each.dimensions.unitName?.fi)).toBe(true);
    expect(selfService.definition.sv).toContain('Underlaget');
    expect(figure(figures, 'booking.t3', 'nurse-appointment')).toMatchObject({
      measure: 'days',
      higherIsBetter: false,
      period: today,
    });
    expect(new Set(figures.map((each) => each.id))).toEqual(
      new Set([
        'booking.t3',
        'booking.care-guarantee-share',
        'booking.no-show-rate',
        'booking.self-service-share',
      ]),
    );
  });

  it('computes T3 of several units in one call, as unit by unit', async () => {
    const units = [demoUnitIds.kaijonharju, demoUnitIds.kuusamo];
    const t3Only = { ...february, figureIds: ['booking.t3'] };
    const perUnit = await Promise.all(
      units.map((unitId) => listed('bookingAdminLiisa', { ...t3Only, unitIds: [unitId] })),
    );
    const together = await listed('bookingAdminLiisa', { ...t3Only, unitIds: units });
    expect(together).toEqual(perUnit.flat());
    expect(together.every((each) => each.id === 'booking.t3')).toBe(true);
    expect(together.some((each) => each.value !== null)).toBe(true);
  });

  it('narrows to the figures asked for', async () => {
    const figures = await listed('managerMarkku', { ...inKaijonharju, figureIds: ['booking.no-show-rate'] });
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((each) => each.id === 'booking.no-show-rate')).toBe(true);
  });

  it('refuses figures of a unit the caller reads no figures of', async () => {
    const result = await booking.call('bookingAdminLiisa', 'figures.list', {
      ...february,
      unitIds: [demoUnitIds.kaijonharju, demoUnitIds.tuira],
    });
    expect(result.status).toBe(403);
  });

  it('computes T3 as of now from the schedules', async () => {
    // Now is Thursday 4 March 2027 at 15:00 in Helsinki.
    const figures = await listed('bookingAdminLiisa', inKaijonharju);
    const t3 = (code: string) => figure(figures, 'booking.t3', code);
    // The nurse works until 15:30 in 20-minute slots: 15:00 today, then Friday 08:00 and 08:20.
    expect(t3('nurse-appointment')).toMatchObject({ value: 1, status: 'ok', period: today });
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
    const inKuusamo = { ...february, unitIds: [demoUnitIds.kuusamo] };
    const figures = await listed('bookingAdminLiisa', inKuusamo);
    // 5 April: 08:00 and 09:00; 6 April: 08:00 → 33 days from 4 March.
    expect(figure(figures, 'booking.t3', 'speech-therapy', demoUnitIds.kuusamo)).toMatchObject({ value: 33 });
    // Kuusamo's nurse no-show in February is Kuusamo's, not Kaijonharju's.
    const exact = await unsuppressed(inKuusamo);
    expect(figure(exact, 'booking.no-show-rate', 'nurse-appointment', demoUnitIds.kuusamo)).toMatchObject({
      value: 1,
      n: 1,
    });
  });

  it('shows figures to the unit’s managers and booking administrators only', async () => {
    expect((await booking.call('nurseSari', 'figures.list', inKaijonharju)).code).toBe('FORBIDDEN');
    expect(
      (await booking.call('managerMarkku', 'figures.list', { ...february, unitIds: [demoUnitIds.kuusamo] }))
        .code,
    ).toBe('FORBIDDEN');
    expect((await booking.call('englishSpeakerEmily', 'figures.list', inKaijonharju)).code).toBe('FORBIDDEN');
    expect(
      (await booking.call('managerMarkku', 'figures.list', { ...inKaijonharju, until: '2027-01-01' })).code,
    ).toBe('VALIDATION_FAILED');
    // Without units: every unit the caller manages (Markku's other one, the family centre, has no bookings).
    const units = new Set((await listed('managerMarkku', february)).map((each) => each.dimensions.unitId));
    expect(units).toEqual(new Set([demoUnitIds.kaijonharju]));
  });
});
