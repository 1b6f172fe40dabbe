// The dev identity provider serves the unit directory every module and the shell read names and contact
// details from, and its staff work in units by id. Every booking demo unit must be a directory unit with
// the same name and contact details, or staff pages and the booking pages would name a unit differently,
// and the test booking administrators must hold demo units. The provider repeats the entries (it imports
// nothing from a module); this keeps the copies equal.
import { TEST_UNIT_IDS, TEST_UNITS, testPersons } from '@asiointi/dev-idp';
import { describe, expect, it } from 'vitest';
import { demoUnitIds } from '../src/index';
import { demoUnits } from '../src/demo-data';

describe('booking demo units and the dev identity provider', () => {
  it('share the ids of the health centres', () => {
    expect(TEST_UNIT_IDS.centralHealthCentre).toBe(demoUnitIds.kaijonharju);
    expect(TEST_UNIT_IDS.northHealthCentre).toBe(demoUnitIds.kuusamo);
  });

  it('list every demo unit in the directory with the same name, municipality, address and phone', () => {
    for (const demo of demoUnits) {
      const entry = TEST_UNITS.find((candidate) => candidate.id === demo.id);
      expect(entry, demo.nameEn).toBeDefined();
      expect({
        name: entry?.name,
        municipality: entry?.municipality,
        streetAddress: entry?.streetAddress,
        phone: entry?.phone,
      }).toEqual({
        name: { fi: demo.nameFi, sv: demo.nameSv, en: demo.nameEn },
        municipality: demo.municipality,
        streetAddress: demo.streetAddress,
        phone: demo.phone ?? null,
      });
    }
    expect(Object.values(demoUnitIds).sort()).toEqual(demoUnits.map((unit) => unit.id).sort());
  });

  it('give some test booking administrator a demo unit, and leave some demo unit to others', () => {
    const adminUnits = testPersons.flatMap((person) =>
      person.kind === 'staff'
        ? person.roles.filter((role) => role.role === 'booking-admin').map((role) => role.unitId)
        : [],
    );
    const demoIds: string[] = Object.values(demoUnitIds);
    expect(adminUnits.some((unitId) => demoIds.includes(unitId))).toBe(true);
    expect(demoIds.some((unitId) => !adminUnits.includes(unitId))).toBe(true);
  });
});
