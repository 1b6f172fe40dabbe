// Schedules as staff edit them, and what that does to the free times residents are offered.
import { resourceScheduleSchema } from '@asiointi/booking-contract';
import {
  demoResourceIds,
  demoUnitIds,
  listServicesOfUnit,
  scheduleTemplates,
  type ServiceTypeRow,
} from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { count } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { findFreeTimes } from '../../src/index';
import { useIdentityProvider } from '../support/identity-provider';
import { fixedNow, useStaffBookingService } from './staff-service';

const nurseOfKuusamo = demoResourceIds.kuusamoNurse;
/** Monday 8 March 2027 in Helsinki (UTC+2): the nurse works 08:00–11:30 and 12:00–15:30. */
const monday = {
  date: '2027-03-08',
  start: new Date('2027-03-07T22:00:00Z'),
  end: new Date('2027-03-08T22:00:00Z'),
};

describeOnDatabases('staff schedules', (engine) => {
  const identity = useIdentityProvider();
  const booking = useStaffBookingService(engine, identity);
  let nurseAppointment: ServiceTypeRow;
  beforeAll(async () => {
    const services = await listServicesOfUnit(booking.db(), demoUnitIds.kuusamo);
    nurseAppointment = services!.find((service) => service.code === 'nurse-appointment')!;
  });

  /** The nurse's free times on that Monday, as residents would be offered them. */
  async function mondayFreeTimes() {
    const found = await findFreeTimes(booking.db(), {
      serviceTypes: [nurseAppointment],
      from: monday.start,
      until: monday.end,
      now: fixedNow,
      resourceIds: [nurseOfKuusamo],
    });
    return found.map((free) => free.start.toISOString());
  }

  async function templateCount() {
    const [row] = await booking.db().select({ n: count() }).from(scheduleTemplates);
    return row?.n ?? 0;
  }

  it('shows a resource’s schedule to staff of its unit only', async () => {
    const schedule = await booking.call('nurseNorthTuomas', 'schedules.get', { resourceId: nurseOfKuusamo });
    expect(schedule.status, schedule.text).toBe(200);
    expect(resourceScheduleSchema.parse(schedule.data)).toMatchObject({
      templates: [{ resourceId: nurseOfKuusamo, validFrom: '2026-01-01', validUntil: null }],
      exceptions: [],
      blockedTimes: [],
    });
    expect((await booking.call('nurseSari', 'schedules.get', { resourceId: nurseOfKuusamo })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await booking.call('englishSpeakerEmily', 'schedules.get', { resourceId: nurseOfKuusamo })).code,
    ).toBe('FORBIDDEN');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await booking.call('nurseSari', 'schedules.get', { resourceId: unknown })).code).toBe(
      'RESOURCE_NOT_FOUND',
    );
  });

  it('refuses a template overlapping another of the resource with SCHEDULE_OVERLAPS, writing nothing', async () => {
    const before = { templates: await templateCount(), audit: await booking.auditRows() };
    const overlapping = await booking.call(
      'bookingAdminLiisa',
      'schedules.createTemplate',
      {
        resourceId: nurseOfKuusamo,
        validFrom: '2027-06-01',
        validUntil: '2027-08-31',
        workingPeriods: { mon: [{ start: '09:00', end: '12:00' }] },
      },
      true,
    );
    expect([overlapping.status, overlapping.code]).toEqual([409, 'SCHEDULE_OVERLAPS']);
    const badInput = await booking.call(
      'bookingAdminLiisa',
      'schedules.createTemplate',
      { resourceId: nurseOfKuusamo, validFrom: '2027-06-01', validUntil: '2027-05-01', workingPeriods: {} },
      true,
    );
    expect([badInput.status, badInput.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect({ templates: await templateCount(), audit: await booking.auditRows() }).toEqual(before);
  });

  it('accepts templates that follow one another, and refuses one across their border', async () => {
    const resource = await booking.call(
      'bookingAdminLiisa',
      'resources.save',
      {
        unitId: demoUnitIds.kuusamo,
        kind: 'room',
        name: 'Vastaanottohuone 4',
        skills: [],
        languages: ['fi'],
        active: true,
      },
      true,
    );
    const resourceId = (resource.data as { id: string }).id;
    const template = (validFrom: string, validUntil: string | null) => ({
      resourceId,
      validFrom,
      validUntil,
      workingPeriods: { tue: [{ start: '08:00', end: '12:00' }] },
    });
    const spring = await booking.call(
      'bookingAdminLiisa',
      'schedules.createTemplate',
      template('2027-01-01', '2027-06-30'),
      true,
    );
    expect(spring.status, spring.text).toBe(200);
    const autumn = await booking.call(
      'bookingAdminLiisa',
      'schedules.createTemplate',
      template('2027-07-01', null),
      true,
    );
    expect(autumn.status, autumn.text).toBe(200);
    const across = await booking.call(
      'bookingAdminLiisa',
      'schedules.createTemplate',
      template('2027-06-30', '2027-07-01'),
      true,
    );
    expect(across.code).toBe('SCHEDULE_OVERLAPS');
  });

  it('takes an absence and a blocked time out of the free times, and gives them back when removed', async () => {
    const usual = await mondayFreeTimes();
    expect(usual[0]).toBe('2027-03-08T06:00:00.000Z');
    expect(usual).toHaveLength(20);

    const blocked = await booking.call(
      'bookingAdminLiisa',
      'schedules.blockTime',
      { resourceId: nurseOfKuusamo, start: '2027-03-08T09:00:00+02:00', end: '2027-03-08T10:00:00+02:00' },
      true,
    );
    expect(blocked.status, blocked.text).toBe(200);
    const withBlock = await mondayFreeTimes();
    expect(withBlock).toEqual(
      usual.filter((start) => start < '2027-03-08T07:00:00.000Z' || start >= '2027-03-08T08:00:00.000Z'),
    );

    const absence = await booking.call(
      'bookingAdminLiisa',
      'schedules.addException',
      { kind: 'absence', resourceId: nurseOfKuusamo, date: monday.date, period: null },
      true,
    );
    expect(absence.data).toMatchObject({ kind: 'absence', date: monday.date, period: null });
    expect(await mondayFreeTimes()).toEqual([]);

    const schedule = await booking.call('bookingAdminLiisa', 'schedules.get', { resourceId: nurseOfKuusamo });
    expect(schedule.data).toMatchObject({
      exceptions: [{ kind: 'absence' }],
      blockedTimes: [{ resourceId: nurseOfKuusamo }],
    });

    const absenceId = (absence.data as { id: string }).id;
    const blockedId = (blocked.data as { id: string }).id;
    // Staff of another unit cannot remove it, whatever their role.
    expect(
      (await booking.call('nurseSari', 'schedules.remove', { kind: 'exception', id: absenceId }, true)).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await booking.call(
          'bookingAdminLiisa',
          'schedules.remove',
          { kind: 'exception', id: absenceId },
          true,
        )
      ).data,
    ).toEqual({ removed: true });
    expect(await mondayFreeTimes()).toEqual(withBlock);
    await booking.call('bookingAdminLiisa', 'schedules.remove', { kind: 'blockedTime', id: blockedId }, true);
    expect(await mondayFreeTimes()).toEqual(usual);
  });

  it('adds an extra opening on a Saturday', async () => {
    const saturday = await booking.call(
      'bookingAdminLiisa',
      'schedules.addException',
      {
        kind: 'extraOpening',
        resourceId: nurseOfKuusamo,
        date: '2027-03-13',
        periods: [{ start: '10:00', end: '11:00' }],
      },
      true,
    );
    expect(saturday.status, saturday.text).toBe(200);
    const found = await findFreeTimes(booking.db(), {
      serviceTypes: [nurseAppointment],
      from: new Date('2027-03-12T22:00:00Z'),
      until: new Date('2027-03-13T22:00:00Z'),
      now: fixedNow,
      resourceIds: [nurseOfKuusamo],
    });
    expect(found.map((free) => free.start.toISOString())).toEqual([
      '2027-03-13T08:00:00.000Z',
      '2027-03-13T08:20:00.000Z',
      '2027-03-13T08:40:00.000Z',
    ]);
  });

  it('refuses schedule changes to residents, nurses and admins of other units', async () => {
    const before = await booking.auditRows();
    const block = {
      resourceId: demoResourceIds.tuiraDentist,
      start: '2027-03-08T09:00:00+02:00',
      end: '2027-03-08T10:00:00+02:00',
    };
    expect((await booking.call('bookingAdminLiisa', 'schedules.blockTime', block, true)).code).toBe(
      'FORBIDDEN',
    );
    const own = { ...block, resourceId: nurseOfKuusamo };
    expect((await booking.call('nurseNorthTuomas', 'schedules.blockTime', own, true)).code).toBe('FORBIDDEN');
    expect((await booking.call('englishSpeakerEmily', 'schedules.blockTime', own, true)).code).toBe(
      'FORBIDDEN',
    );
    const backwards = { ...own, end: '2027-03-08T08:00:00+02:00' };
    expect((await booking.call('bookingAdminLiisa', 'schedules.blockTime', backwards, true)).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await booking.auditRows()).toBe(before);
  });
});
