import { describe, expect, it } from 'vitest';
import { bookingEn } from '../../src/i18n/en';
import { staffEn } from '../../src/i18n/staff-en';
import { staffFi } from '../../src/i18n/staff-fi';
import { staffSv } from '../../src/i18n/staff-sv';
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
