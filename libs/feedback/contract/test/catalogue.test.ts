import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCatalogueEntryInputSchema, maxEntryDescriptionLength } from '../src/index';

const unitId = '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01';
const name = { fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice' };

describe('adding a catalogue entry', () => {
  it('takes a name in every language and an optional description', () => {
    expect(addCatalogueEntryInputSchema.safeParse({ unitId, name, description: null }).success).toBe(true);
    expect(
      addCatalogueEntryInputSchema.safeParse({ unitId, name: { ...name, sv: '' }, description: null })
        .success,
    ).toBe(false);
    expect(
      addCatalogueEntryInputSchema.safeParse({ unitId, name, description: null, extra: 1 }).success,
    ).toBe(false);
  });

  it('refuses any description over the limit, whatever it holds', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: maxEntryDescriptionLength + 1, maxLength: maxEntryDescriptionLength + 50 }),
        (long) => {
          const text = `x${long}`;
          const description = { fi: text, sv: 'a', en: 'b' };
          expect(addCatalogueEntryInputSchema.safeParse({ unitId, name, description }).success).toBe(false);
        },
      ),
      { numRuns: 50 },
    );
  });
});
