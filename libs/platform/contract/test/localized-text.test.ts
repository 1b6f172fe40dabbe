import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizedTextSchema, maxLocalizedTextLength, plainDateSchema } from '../src/index';

describe('localized text', () => {
  it('needs a non-blank text in every language', () => {
    expect(localizedTextSchema.safeParse({ fi: 'Neuvola', sv: 'Rådgivning', en: 'Clinic' }).success).toBe(true);
    expect(localizedTextSchema.safeParse({ fi: 'Neuvola', sv: ' ', en: 'Clinic' }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ fi: 'Neuvola', en: 'Clinic' }).success).toBe(false);
  });

  it('refuses any text over the limit, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ minLength: maxLocalizedTextLength + 1, maxLength: 2000 }), (long) => {
        const padded = `x${long}`;
        expect(localizedTextSchema.safeParse({ fi: padded, sv: 'a', en: 'b' }).success).toBe(false);
      }),
    );
  });
});

describe('plain dates', () => {
  it('takes real calendar days only', () => {
    expect(plainDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(plainDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(plainDateSchema.safeParse('2026-3-1').success).toBe(false);
  });
});
