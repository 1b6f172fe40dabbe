// Booking's copy of its units' organisation facts follows the unit directory: changed facts are written,
// equal ones are not (no row version changes), booking's own fields stay, and units are never added or
// removed.
import { selectRows } from '@asiointi/platform-db';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { demoUnits } from '../src/demo-data';
import {
  bookingDatabaseDefinition,
  demoUnitIds,
  seedBookingDemoData,
  syncUnitOrganisationFacts,
  units,
  type UnitOrganisationFacts,
} from '../src/index';

/** The directory's view of the demo units: the same facts booking was seeded with. */
const directoryOfDemoUnits: UnitOrganisationFacts[] = demoUnits.map((unit) => ({
  id: unit.id,
  name: { fi: unit.nameFi, sv: unit.nameSv, en: unit.nameEn },
  municipality: unit.municipality,
  streetAddress: unit.streetAddress,
}));

const notInBooking: UnitOrganisationFacts = {
  id: 'b0a00000-0000-4000-8000-000000000003',
  name: { fi: 'Keskustan perhekeskus', sv: 'Centrums familjecentral', en: 'Central family centre' },
  municipality: 'Oulu',
  streetAddress: 'Kirkkokatu 21',
};

function withFacts(id: string, change: Partial<UnitOrganisationFacts>): UnitOrganisationFacts[] {
  return directoryOfDemoUnits.map((unit) => (unit.id === id ? { ...unit, ...change } : unit));
}

describeOnDatabases('booking units from the unit directory', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  const db = () => database().db;

  /** Each row's version: PostgreSQL gives a row a new xmin whenever it is written. */
  async function rowVersions() {
    const rows = await selectRows<{ id: string; version: string }>(
      db(),
      sql`select id, xmin::text as version from booking.units order by id`,
    );
    return new Map(rows.map((row) => [row.id, row.version]));
  }

  const unitRow = async (id: string) => {
    const [row] = await db().select().from(units).where(eq(units.id, id));
    return row;
  };

  beforeAll(async () => {
    await seedBookingDemoData(db());
  });

  // Each test starts from the demo units as seeded.
  beforeEach(async () => {
    for (const { id, createdAt: _createdAt, ...seeded } of demoUnits) {
      await db()
        .update(units)
        .set({ phone: null, accessibility: null, ...seeded })
        .where(eq(units.id, id));
    }
  });

  it('writes nothing when the directory says what booking already has', async () => {
    const before = await rowVersions();
    const sync = await syncUnitOrganisationFacts(db(), directoryOfDemoUnits);
    expect(sync).toEqual({ updatedIds: [], unlistedIds: [] });
    expect(await rowVersions()).toEqual(before);
  });

  it('writes a changed name, municipality and address, and only to that unit', async () => {
    const before = await rowVersions();
    const kuusamoBefore = await unitRow(demoUnitIds.kuusamo);
    const renamed = {
      name: {
        fi: 'Kuusamon hyvinvointikeskus',
        sv: 'Kuusamo välfärdscentral',
        en: 'Kuusamo Wellbeing Centre',
      },
      municipality: 'Kuusamon kaupunki',
      streetAddress: 'Kitkantie 35',
    };
    const sync = await syncUnitOrganisationFacts(db(), withFacts(demoUnitIds.kuusamo, renamed));

    expect(sync).toEqual({ updatedIds: [demoUnitIds.kuusamo], unlistedIds: [] });
    const after = await rowVersions();
    for (const [id, version] of before) {
      if (id === demoUnitIds.kuusamo) expect(after.get(id)).not.toBe(version);
      else expect(after.get(id), id).toBe(version);
    }
    const kuusamo = await unitRow(demoUnitIds.kuusamo);
    expect(kuusamo).toEqual({
      ...kuusamoBefore,
      nameFi: renamed.name.fi,
      nameSv: renamed.name.sv,
      nameEn: renamed.name.en,
      municipality: renamed.municipality,
      streetAddress: renamed.streetAddress,
    });
  });

  it('never touches what is booking’s own: the phone, opening hours and accessibility', async () => {
    const own = {
      phone: '+358 40 000 0000',
      openingHours: { mon: [{ start: '09:00' as const, end: '11:00' as const }] },
      accessibility: { fi: 'Ramppi.', sv: 'Ramp.', en: 'A ramp.' },
    };
    await db().update(units).set(own).where(eq(units.id, demoUnitIds.raahe));
    const renamed = {
      name: { fi: 'Raahen sote-keskus', sv: 'Brahestads vårdcentral', en: 'Raahe Care Centre' },
    };
    await syncUnitOrganisationFacts(db(), withFacts(demoUnitIds.raahe, renamed));
    expect(await unitRow(demoUnitIds.raahe)).toMatchObject({ ...own, nameFi: 'Raahen sote-keskus' });
  });

  it('keeps booking’s street address when the directory has none', async () => {
    const before = await rowVersions();
    const sync = await syncUnitOrganisationFacts(db(), withFacts(demoUnitIds.tuira, { streetAddress: null }));
    expect(sync.updatedIds).toEqual([]);
    expect(await rowVersions()).toEqual(before);
    expect((await unitRow(demoUnitIds.tuira))?.streetAddress).toBe('Koskikeskuksentie 9');
  });

  it('adds no unit the directory has and booking does not, and keeps the units it does not list', async () => {
    const listed = directoryOfDemoUnits.filter((unit) => unit.id !== demoUnitIds.raahe);
    const renamedTuira = listed.map((unit) =>
      unit.id === demoUnitIds.tuira ? { ...unit, name: { ...unit.name, en: 'Tuira Dental Care' } } : unit,
    );
    const sync = await syncUnitOrganisationFacts(db(), [notInBooking, ...renamedTuira]);
    expect(sync).toEqual({ updatedIds: [demoUnitIds.tuira], unlistedIds: [demoUnitIds.raahe] });
    const rows = await db().select({ id: units.id, nameFi: units.nameFi }).from(units).orderBy(asc(units.id));
    expect(rows.map((row) => row.id)).toEqual(Object.values(demoUnitIds).sort());
    expect(rows.find((row) => row.id === demoUnitIds.raahe)?.nameFi).toBe('Raahen terveysasema');
  });

  it('names every booking unit unlisted when the directory lists none, and writes nothing', async () => {
    const before = await rowVersions();
    const sync = await syncUnitOrganisationFacts(db(), []);
    expect(sync).toEqual({ updatedIds: [], unlistedIds: Object.values(demoUnitIds).sort() });
    expect(await rowVersions()).toEqual(before);
  });

  it('takes the first entry of a unit the directory lists twice', async () => {
    const [first] = withFacts(demoUnitIds.kaijonharju, { municipality: 'Oulu (Kaijonharju)' }).filter(
      (unit) => unit.id === demoUnitIds.kaijonharju,
    );
    if (!first) throw new Error('no Kaijonharju in the demo units');
    const second = { ...first, municipality: 'Haukipudas' };
    await syncUnitOrganisationFacts(db(), [first, second, ...directoryOfDemoUnits]);
    expect((await unitRow(demoUnitIds.kaijonharju))?.municipality).toBe('Oulu (Kaijonharju)');
  });
});
