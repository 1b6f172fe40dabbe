import { describe, expect, it } from 'vitest';
import {
  maxDirectoryUnits,
  type UnitDirectoryEntry,
  unitDirectoryEntrySchema,
  unitDirectoryResponseSchema,
} from '../src/index';

const kaijonharju: UnitDirectoryEntry = {
  id: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
  oid: '1.2.246.10.1234567.10.1',
  name: {
    fi: 'Kaijonharjun hyvinvointikeskus',
    sv: 'Kaijonharju välfärdscentral',
    en: 'Kaijonharju Wellbeing Centre',
  },
  municipality: 'Oulu',
  streetAddress: 'Sammonpuistikko 2',
  postalCode: '90570',
  postOffice: 'Oulu',
  phone: '+358 8 5584 1000',
  email: 'kaijonharju@example.fi',
};

const accepts = (overrides: Partial<Record<keyof UnitDirectoryEntry, unknown>>) =>
  unitDirectoryEntrySchema.safeParse({ ...kaijonharju, ...overrides }).success;

describe('a unit directory entry', () => {
  it('takes a unit with its register id, names and contact details', () => {
    expect(unitDirectoryEntrySchema.parse(kaijonharju)).toEqual(kaijonharju);
  });

  it('takes a unit without a register id or contact details', () => {
    expect(
      accepts({
        oid: null,
        streetAddress: null,
        postalCode: null,
        postOffice: null,
        phone: null,
        email: null,
      }),
    ).toBe(true);
  });

  it.each([
    ['an id that is not a uuid', { id: 'kaijonharju' }],
    ['a register id that is not an OID', { oid: '1.2.246.10.01' }],
    ['a register id with letters', { oid: '1.2.246.x' }],
    ['a name missing a language', { name: { fi: 'Kaijonharju', en: 'Kaijonharju' } }],
    ['a blank municipality', { municipality: ' ' }],
    ['a postal code of four digits', { postalCode: '9057' }],
    ['a phone number with letters', { phone: '+358 8 CALL ME' }],
    ['an over-long phone number', { phone: `+358 ${'1'.repeat(40)}` }],
    ['an e-mail address that is not one', { email: 'kaijonharju' }],
    ['an over-long street address', { streetAddress: 'x'.repeat(201) }],
  ])('refuses %s', (_name, overrides) => {
    expect(accepts(overrides)).toBe(false);
  });
});

describe('the unit directory response', () => {
  it('lists units, and refuses a runaway answer', () => {
    expect(unitDirectoryResponseSchema.safeParse({ units: [kaijonharju] }).success).toBe(true);
    const tooMany = Array.from({ length: maxDirectoryUnits + 1 }, () => kaijonharju);
    expect(unitDirectoryResponseSchema.safeParse({ units: tooMany }).success).toBe(false);
    expect(unitDirectoryResponseSchema.safeParse([kaijonharju]).success).toBe(false);
  });
});
