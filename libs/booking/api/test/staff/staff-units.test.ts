// units.mine over HTTP with the dev identity provider's tokens and unit directory: a staff member's units
// where they hold any booking role, booking's own units and those booking has no services in yet (named
// from the directory), in the caller's language, never by id; and, in process, what happens when the
// directory cannot name a unit or the roles outnumber what the list holds.
import { randomUUID } from 'node:crypto';
import { maxStaffUnits, staffUnitsSchema, type StaffUnits } from '@asiointi/booking-contract';
import { bookingDatabaseDefinition, demoUnitIds, seedBookingDemoData } from '@asiointi/booking-data';
import { TEST_UNIT_IDS, TEST_UNITS, type TestPersonKey } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { unitsUnavailable } from '@asiointi/platform-service';
import { callProcedure } from '@asiointi/platform-service/testing';
import { beforeAll, expect, it } from 'vitest';
import { staffUnitsOf } from '../../src/units/staff-units';
import { useBookingOverHttp } from '../support/booking-over-http';
import { useIdentityProvider } from '../support/identity-provider';

const familyCentre = TEST_UNITS.find((unit) => unit.id === TEST_UNIT_IDS.familyCentre);
const workAbilityTeam = TEST_UNITS.find((unit) => unit.id === TEST_UNIT_IDS.workAbilityTeam);

describeOnDatabases('units.mine: the staff member’s units', (engine) => {
  const identity = useIdentityProvider();
  const booking = useBookingOverHttp(engine, identity);

  async function unitsOf(person: TestPersonKey, language = 'fi') {
    const result = await callProcedure(booking.url(), 'units.mine', {
      token: await identity.tokenOf(person),
      headers: { 'accept-language': language },
    });
    return { status: result.status, code: result.error?.data.code, data: result.data as StaffUnits };
  }

  it('lists a booking administrator’s booking units by municipality and name', async () => {
    const { status, data } = await unitsOf('bookingAdminLiisa');
    expect(status).toBe(200);
    expect(data).toEqual({
      units: [
        {
          id: demoUnitIds.kuusamo,
          name: {
            fi: 'Kuusamon sosiaali- ja terveysasema',
            sv: 'Kuusamo social- och hälsostation',
            en: 'Kuusamo Social and Health Centre',
          },
          municipality: 'Kuusamo',
          inBooking: true,
        },
        {
          id: demoUnitIds.kaijonharju,
          name: {
            fi: 'Kaijonharjun hyvinvointikeskus',
            sv: 'Kaijonharju välfärdscentral',
            en: 'Kaijonharju Wellbeing Centre',
          },
          municipality: 'Oulu',
          inBooking: true,
        },
      ],
      notShown: 0,
    });
  });

  it('names from the directory a unit booking has no services in, in the caller’s order', async () => {
    const finnish = await unitsOf('managerMarkku', 'fi');
    expect(finnish.data.units.map(({ name, inBooking }) => [name.fi, inBooking])).toEqual([
      ['Kaijonharjun hyvinvointikeskus', true],
      ['Keskustan perhekeskus', false],
    ]);
    expect(finnish.data.units[1]).toEqual({
      id: TEST_UNIT_IDS.familyCentre,
      name: familyCentre?.name,
      municipality: 'Oulu',
      inBooking: false,
    });
    // "Centrums familjecentral" comes before "Kaijonharju välfärdscentral" for a Swedish reader.
    const swedish = await unitsOf('managerMarkku', 'sv');
    expect(swedish.data.units.map(({ name }) => name.sv)).toEqual([
      'Centrums familjecentral',
      'Kaijonharju välfärdscentral',
    ]);
  });

  it('gives a professional whose only unit has no booking yet that unit, by name', async () => {
    const { data } = await unitsOf('workAbilityProfessionalJussi', 'en');
    expect(data).toEqual({
      units: [
        {
          id: TEST_UNIT_IDS.workAbilityTeam,
          name: workAbilityTeam?.name,
          municipality: workAbilityTeam?.municipality,
          inBooking: false,
        },
      ],
      notShown: 0,
    });
  });

  it('refuses staff without a booking role, and residents', async () => {
    expect(await unitsOf('feedbackAnalystHeidi')).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await unitsOf('guardianAnna')).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});

describeOnDatabases('the staff member’s units when names are missing', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  beforeAll(async () => {
    await seedBookingDemoData(database().db);
  });
  const failing = {
    list: async (): Promise<never> => {
      throw unitsUnavailable(new Error('The unit directory could not be reached'));
    },
  };

  it('lists booking’s units and counts the ones it cannot name while the directory fails', async () => {
    const answer = await staffUnitsOf({
      db: database().db,
      units: failing,
      roles: [
        { role: 'manager', unitId: demoUnitIds.kaijonharju },
        { role: 'manager', unitId: TEST_UNIT_IDS.familyCentre },
        { role: 'booking-admin', unitId: demoUnitIds.kaijonharju },
      ],
      language: 'fi',
    });
    expect(answer.units.map((unit) => unit.id)).toEqual([demoUnitIds.kaijonharju]);
    expect(answer.notShown).toBe(1);
  });

  it('counts a unit the directory does not list, and does not ask it for booking’s own units', async () => {
    let asked = 0;
    const directory = {
      list: async () => {
        asked += 1;
        return TEST_UNITS;
      },
    };
    const ownOnly = await staffUnitsOf({
      db: database().db,
      units: directory,
      roles: [{ role: 'nurse', unitId: demoUnitIds.raahe }],
      language: 'fi',
    });
    expect(ownOnly).toEqual({ units: [expect.objectContaining({ id: demoUnitIds.raahe })], notShown: 0 });
    expect(asked).toBe(0);

    const unknown = await staffUnitsOf({
      db: database().db,
      units: directory,
      roles: [{ role: 'nurse', unitId: randomUUID() }],
      language: 'fi',
    });
    expect(unknown).toEqual({ units: [], notShown: 1 });
  });

  it('holds at most the contract’s number of units and counts the rest', async () => {
    const roles = Array.from({ length: maxStaffUnits + 5 }, () => ({
      role: 'nurse' as const,
      unitId: randomUUID(),
    }));
    const directory = {
      list: async () =>
        roles.map(({ unitId }, index) => ({
          id: unitId,
          oid: null,
          name: { fi: `Yksikkö ${index}`, sv: `Enhet ${index}`, en: `Unit ${index}` },
          municipality: 'Oulu',
          streetAddress: null,
          postalCode: null,
          postOffice: null,
          phone: null,
          email: null,
        })),
    };
    const answer = await staffUnitsOf({ db: database().db, units: directory, roles, language: 'fi' });
    expect(answer.units).toHaveLength(maxStaffUnits);
    expect(answer.notShown).toBe(5);
    expect(staffUnitsSchema.safeParse(answer).success).toBe(true);
  });
});
