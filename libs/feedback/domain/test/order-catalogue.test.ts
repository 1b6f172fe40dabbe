import type { CatalogueEntry } from '@asiointi/feedback-contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderCatalogue } from '../src/index';

function entry(id: string, unit: string, name: { fi: string; sv: string; en: string }): CatalogueEntry {
  return {
    id,
    unitId: `00000000-0000-4000-8000-00000000000${id}`,
    unitName: { fi: unit, sv: unit, en: unit },
    name,
    description: null,
  };
}

describe('orderCatalogue', () => {
  it('sorts by unit, then by name, in the reader’s language', () => {
    const first = entry('1', 'Oulu', { fi: 'Ääni', sv: 'Röst', en: 'Age' });
    const second = entry('2', 'Oulu', { fi: 'Zeta', sv: 'Ålder', en: 'Voice' });
    const otherUnit = entry('3', 'Raahe', { fi: 'Aamu', sv: 'Aamu', en: 'Aamu' });
    const ids = (language: 'fi' | 'sv' | 'en') =>
      orderCatalogue([otherUnit, first, second], language).map((item) => item.id);
    // Finnish sorts ä after z, Swedish å after r, English by its own words; the unit comes first.
    expect(ids('fi')).toEqual(['2', '1', '3']);
    expect(ids('sv')).toEqual(['1', '2', '3']);
    expect(ids('en')).toEqual(['1', '2', '3']);
  });

  it('keeps every entry and never depends on the order it was given', () => {
    const arbitraryEntry = fc.record({
      id: fc.uuid(),
      unit: fc.constantFrom('Oulu', 'Raahe', 'Kuusamo'),
      name: fc.string({ minLength: 1, maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEntry, { selector: (item) => item.id, maxLength: 20 }), (items) => {
        const entries = items.map((item) => ({
          ...entry('1', item.unit, { fi: item.name, sv: item.name, en: item.name }),
          id: item.id,
        }));
        const sorted = orderCatalogue(entries, 'sv');
        expect(sorted).toHaveLength(entries.length);
        expect(orderCatalogue([...entries].reverse(), 'sv')).toEqual(sorted);
      }),
    );
  });
});
