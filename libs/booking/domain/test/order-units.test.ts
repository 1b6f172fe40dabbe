import type { Unit } from '@asiointi/booking-contract';
import { describe, expect, it } from 'vitest';
import { orderUnits } from '../src/index';

function unit(municipality: string, fi: string): Unit {
  return {
    id: crypto.randomUUID(),
    name: { fi, sv: fi, en: fi },
    municipality,
    streetAddress: 'Katu 1',
    phone: null,
    openingHours: {},
    accessibility: null,
  };
}

describe('orderUnits', () => {
  it('orders by municipality, then by name in the language', () => {
    const units = [
      unit('Oulu', 'Tuiran hyvinvointikeskus'),
      unit('Kemi', 'Kemin terveysasema'),
      unit('Oulu', 'Kaijonharjun terveysasema'),
    ];
    expect(orderUnits(units, 'fi').map((u) => u.name.fi)).toEqual([
      'Kemin terveysasema',
      'Kaijonharjun terveysasema',
      'Tuiran hyvinvointikeskus',
    ]);
  });
});
