// The dev identity provider's staff work in units by id. Its health centres must be booking demo units,
// or no test booking administrator could administer anything; the provider repeats the ids (it imports
// nothing from a module), and this keeps the copies equal.
import { TEST_UNIT_IDS, TEST_UNITS, testPersons } from '@asiointi/dev-idp';
import { describe, expect, it } from 'vitest';
import { demoUnitIds } from '../src/index';
import { demoUnits } from '../src/demo-data';

describe('booking demo units and the dev identity provider', () => {
  it('share the ids of the health centres', () => {
    expect(TEST_UNIT_IDS.centralHealthCentre).toBe(demoUnitIds.kaijonharju);
    expect(TEST_UNIT_IDS.northHealthCentre).toBe(demoUnitIds.kuusamo);
  });

  it('call a shared unit by the same name', () => {
    for (const unit of TEST_UNITS) {
      const demo = demoUnits.find((candidate) => candidate.id === unit.id);
      if (demo) expect(unit.name).toEqual({ fi: demo.nameFi, sv: demo.nameSv, en: demo.nameEn });
    }
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
