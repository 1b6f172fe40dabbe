import { describe, expect, it } from 'vitest';
import { bookingAccessOf, orderServicesForResidents } from '../src/index';
import { same, service } from './service-fixtures';

describe('orderServicesForResidents', () => {
  it('puts self-bookable services first, then those needing a booking right, then staff-only ones', () => {
    const staffOnly = service(same('Aa staff only'), { selfBookable: false, requiresBookingRight: true });
    const withRight = service(same('Ab with right'), { requiresBookingRight: true });
    const selfBookable = service(same('Zz self-bookable'));
    const ordered = orderServicesForResidents([staffOnly, withRight, selfBookable], 'fi');
    expect(ordered.map((s) => s.code)).toEqual([selfBookable.code, withRight.code, staffOnly.code]);
  });

  it('sorts names by the rules of the resident language', () => {
    const services = [
      service(same('Ötökkäpuremat')),
      service(same('Äitiysneuvola')),
      service(same('Zonterapia')),
      service(same('Aikuisneuvola')),
      service(same('Ålands tjänst')),
    ];
    const names = (language: 'fi' | 'sv' | 'en') =>
      orderServicesForResidents(services, language).map((s) => s.name[language]);
    // Finnish and Swedish (as used in Finland): å, ä and ö come after z.
    expect(names('fi')).toEqual([
      'Aikuisneuvola',
      'Zonterapia',
      'Ålands tjänst',
      'Äitiysneuvola',
      'Ötökkäpuremat',
    ]);
    expect(names('sv')).toEqual([
      'Aikuisneuvola',
      'Zonterapia',
      'Ålands tjänst',
      'Äitiysneuvola',
      'Ötökkäpuremat',
    ]);
    // English treats them as accented a and o.
    expect(names('en')).toEqual([
      'Aikuisneuvola',
      'Äitiysneuvola',
      'Ålands tjänst',
      'Ötökkäpuremat',
      'Zonterapia',
    ]);
  });

  it('uses the name in the requested language', () => {
    const dental = service({ fi: 'Suun terveystarkastus', sv: 'Munhälsokontroll', en: 'Dental check-up' });
    const lab = service({ fi: 'Laboratorio', sv: 'Laboratorium', en: 'Laboratory tests' });
    expect(orderServicesForResidents([dental, lab], 'fi').map((s) => s.code)).toEqual([
      lab.code,
      dental.code,
    ]);
    expect(orderServicesForResidents([lab, dental], 'sv').map((s) => s.code)).toEqual([
      lab.code,
      dental.code,
    ]);
    expect(orderServicesForResidents([lab, dental], 'en').map((s) => s.code)).toEqual([
      dental.code,
      lab.code,
    ]);
  });

  it('compares numbers by value and ignores case', () => {
    const services = [
      service(same('rokotus 12 kk')),
      service(same('Rokotus 4 kk')),
      service(same('rokotus 1 v')),
    ];
    expect(orderServicesForResidents(services, 'fi').map((s) => s.name.fi)).toEqual([
      'rokotus 1 v',
      'Rokotus 4 kk',
      'rokotus 12 kk',
    ]);
  });

  it('lists each service channel once, visit first, and leaves the input as it was', () => {
    const input = [service(same('Puhelinaika'), { channels: ['video', 'phone', 'onSite', 'phone'] })];
    const [ordered] = orderServicesForResidents(input, 'fi');
    expect(ordered?.channels).toEqual(['onSite', 'phone', 'video']);
    expect(input[0]?.channels).toEqual(['video', 'phone', 'onSite', 'phone']);
  });
});

describe('bookingAccessOf', () => {
  it.each([
    [{ selfBookable: true, requiresBookingRight: false }, 'selfBookable'],
    [{ selfBookable: true, requiresBookingRight: true }, 'withBookingRight'],
    [{ selfBookable: false, requiresBookingRight: false }, 'staffOnly'],
    [{ selfBookable: false, requiresBookingRight: true }, 'staffOnly'],
  ] as const)('%j is %s', (flags, access) => {
    expect(bookingAccessOf(flags)).toBe(access);
  });
});
