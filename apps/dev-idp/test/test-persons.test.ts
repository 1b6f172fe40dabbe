import { AGE_OF_MAJORITY, AGE_OF_MINOR_CONSENT } from '@asiointi/platform-auth/guardianship';
import { parseIdentityCode, validateIdentityCode } from '@asiointi/platform-auth/identity-code';
import { STAFF_ROLES } from '@asiointi/platform-auth/principal';
import { describe, expect, it } from 'vitest';
import { createTestPersons, TEST_SUBJECTS, type TestPersonKey, type TestResident, testPersons } from '../src/test-persons';
import { TEST_UNIT_IDS, TEST_UNITS } from '../src/units/test-units';

const residents = testPersons.filter((person): person is TestResident => person.kind === 'resident');

describe('test persons', () => {
  it('have valid, permanent identity codes whose birth dates match', () => {
    for (const resident of residents) {
      const result = validateIdentityCode(resident.identityCode);
      expect(result.valid, resident.key).toBe(true);
      if (result.valid) expect(result.identityCode.birthDate).toBe(resident.birthDate);
    }
  });

  it('are at least six residents of different ages, with unique subjects and codes', () => {
    expect(residents.length).toBeGreaterThanOrEqual(6);
    expect(new Set(residents.map((resident) => resident.birthDate.slice(0, 4))).size).toBe(residents.length);
    expect(new Set(testPersons.map((person) => person.subject)).size).toBe(testPersons.length);
    expect(new Set(residents.map((resident) => resident.identityCode)).size).toBe(residents.length);
    expect(Object.values(TEST_SUBJECTS).sort()).toEqual(testPersons.map((person) => person.subject).sort());
  });

  it('cover every staff role, each held in a known unit', () => {
    const unitIds = new Set(TEST_UNITS.map((unit) => unit.id));
    const roles = new Set(testPersons.flatMap((person) => (person.kind === 'staff' ? person.roles.map((role) => role.role) : [])));
    expect([...roles].sort()).toEqual([...STAFF_ROLES].sort());
    for (const person of testPersons) {
      if (person.kind === 'staff') for (const role of person.roles) expect(unitIds.has(role.unitId)).toBe(true);
    }
    expect(Object.values(TEST_UNIT_IDS)).toHaveLength(TEST_UNITS.length);
  });

  it('include a Swedish speaker and a child with a non-disclosure marking', () => {
    expect(residents.find((resident) => resident.key === 'swedishSpeakerEbba')?.language).toBe('sv');
    expect(residents.filter((resident) => resident.nonDisclosure).map((resident) => resident.key)).toEqual(['childEllaNonDisclosure']);
  });

  it('relate only people who exist', () => {
    const seed = createTestPersons(2030);
    const subjects = new Set(seed.persons.map((person) => person.subject));
    for (const relation of seed.relations) {
      expect(subjects.has(relation.actor)).toBe(true);
      expect(subjects.has(relation.subject)).toBe(true);
    }
  });
});

describe('test persons stay in their age groups whatever the date', () => {
  const ageGroups: Partial<Record<TestPersonKey, [number, number]>> = {
    childEetuUnder12: [0, AGE_OF_MINOR_CONSENT - 1],
    childEllaNonDisclosure: [0, AGE_OF_MINOR_CONSENT - 1],
    minorAino14NotAllowed: [13, 14],
    minorOskari16AllowsBooking: [AGE_OF_MINOR_CONSENT, AGE_OF_MAJORITY - 1],
    guardianAnna: [AGE_OF_MAJORITY, 120],
    elderlyAuneWithMandate: [80, 120],
  };

  it.each([2026, 2027, 2031, 2040])('in %s, from the first to the last day of the year', (year) => {
    const seed = createTestPersons(year);
    for (const instant of [new Date(`${year}-01-01T00:00:00+02:00`), new Date(`${year}-12-31T23:59:00+02:00`)]) {
      for (const [key, [min, max]] of Object.entries(ageGroups)) {
        const person = seed.persons.find((candidate) => candidate.key === key) as TestResident;
        const age = parseIdentityCode(person.identityCode).ageAt(instant);
        expect(age, `${key} on ${instant.toISOString()}`).toBeGreaterThanOrEqual(min);
        expect(age, `${key} on ${instant.toISOString()}`).toBeLessThanOrEqual(max);
      }
    }
  });
});
