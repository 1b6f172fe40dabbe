import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import {
  bookingDatabaseDefinition,
  demoUnitIds,
  findServiceType,
  listServicesOfUnit,
  seedBookingDemoData,
  setServiceTypeSelfBookable,
} from '../src/index';

describeOnDatabases('service type queries', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  beforeAll(async () => {
    await seedBookingDemoData(database().db);
  });

  async function nurseAppointmentOf(unitId: string) {
    const services = await listServicesOfUnit(database().db, unitId);
    const service = services?.find((candidate) => candidate.code === 'nurse-appointment');
    if (!service) throw new Error('the demo data has a nurse appointment in this unit');
    return service;
  }

  it('finds a service type by id, or nothing', async () => {
    const service = await nurseAppointmentOf(demoUnitIds.kaijonharju);
    expect(await findServiceType(database().db, service.id)).toEqual(service);
    expect(await findServiceType(database().db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('changes self-booking only within the unit it was authorised for', async () => {
    const service = await nurseAppointmentOf(demoUnitIds.kaijonharju);
    const closed = await setServiceTypeSelfBookable(
      database().db,
      { id: service.id, unitId: service.unitId },
      false,
    );
    expect(closed).toMatchObject({ id: service.id, selfBookable: false });

    const elsewhere = await setServiceTypeSelfBookable(
      database().db,
      { id: service.id, unitId: demoUnitIds.raahe },
      true,
    );
    expect(elsewhere).toBeUndefined();
    expect((await findServiceType(database().db, service.id))?.selfBookable).toBe(false);
  });
});
