import { describe, expect, it } from 'vitest';
import { bookingEn } from '../../src/i18n/en';
import { staffEn } from '../../src/i18n/staff-en';
import { staffFi } from '../../src/i18n/staff-fi';
import { staffSv } from '../../src/i18n/staff-sv';
import {
  addDays,
  helsinkiDateOf,
  helsinkiInstant,
  mondayOf,
  normaliseWallTime,
} from '../../src/staff/helsinki-clock';
import { bookingRolesOf } from '../../src/staff/staff-roles';
import { permissionsOf } from '../../src/staff/staff-sections';
import { staffAuth } from './fake-staff-service';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? keysOf(child as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('Helsinki wall clock', () => {
  it('turns a Helsinki day and time into the instant, on both sides of the DST changes', () => {
    expect(helsinkiInstant('2026-03-28', '08:00')).toBe('2026-03-28T06:00:00.000Z');
    expect(helsinkiInstant('2026-03-30', '08:00')).toBe('2026-03-30T05:00:00.000Z');
    expect(helsinkiInstant('2026-10-26', '08:00')).toBe('2026-10-26T06:00:00.000Z');
    // 03:30 does not exist on 29 March 2026: it moves an hour on.
    expect(helsinkiInstant('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(helsinkiInstant('2026-03-29', '00:00')).toBe('2026-03-28T22:00:00.000Z');
  });

  it('knows the Helsinki day of an instant, the Monday of a week, and days apart', () => {
    expect(helsinkiDateOf(new Date('2026-03-29T21:30:00Z'))).toBe('2026-03-30');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(mondayOf('2026-03-30')).toBe('2026-03-30');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });

  it('reads times as staff type them', () => {
    expect(normaliseWallTime('8.00')).toBe('08:00');
    expect(normaliseWallTime('0815')).toBe('08:15');
    expect(normaliseWallTime('24:00')).toBe('24:00');
    expect(normaliseWallTime('24:30')).toBeUndefined();
    expect(normaliseWallTime('8')).toBeUndefined();
    expect(normaliseWallTime('12:60')).toBeUndefined();
  });
});

describe('staff roles from the shell', () => {
  it('keeps the booking roles of those the shell gives', () => {
    const auth = staffAuth([
      { role: 'nurse', unitId: 'u-1' },
      { role: 'feedback-analyst', unitId: 'u-1' },
      { role: 'manager', unitId: 'u-2' },
    ]);
    expect(bookingRolesOf(auth)).toEqual([
      { role: 'nurse', unitId: 'u-1' },
      { role: 'manager', unitId: 'u-2' },
    ]);
    expect(bookingRolesOf(staffAuth([]))).toEqual([]);
  });

  it('opens each section to the roles the service lets through', () => {
    expect(permissionsOf(['manager']).sections).toEqual([
      'schedules',
      'resources',
      'service-types',
      'figures',
    ]);
    expect(permissionsOf(['booking-admin'])).toMatchObject({ maintainCatalogue: true, grantRights: false });
    expect(permissionsOf(['work-ability-professional']).sections).toEqual(['day-list']);
  });
});

describe('staff strings', () => {
  it('has the same keys in Finnish, Swedish and English, none empty', () => {
    const finnish = keysOf(staffFi).sort();
    expect(keysOf(staffSv).sort()).toEqual(finnish);
    expect(keysOf(staffEn).sort()).toEqual(finnish);
    for (const bundle of [staffFi, staffSv, staffEn]) {
      expect(
        keysOf(bundle).every(
          (key) =>
            key
              .split('.')
              .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle) !== '',
        ),
      ).toBe(true);
    }
    // The staff pages reuse the module's channel names.
    expect(Object.keys(bookingEn.channels)).toEqual(['onSite', 'phone', 'video']);
  });
});
