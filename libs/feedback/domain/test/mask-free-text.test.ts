import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeTextMask, maskFreeText } from '../src/mask-free-text';

const m = freeTextMask;

describe('maskFreeText', () => {
  it.each([
    ['131052-308T', 'the 1900s with a hyphen'],
    ['131052Y308T', 'the 1900s with the 2023 sign Y'],
    ['131052X308T', 'X'],
    ['131052W308T', 'W'],
    ['131052V308T', 'V'],
    ['131052U308T', 'U'],
    ['010110A123B', 'the 2000s with A'],
    ['010110B123B', 'the 2000s with the 2023 sign B'],
    ['010110C123B', 'C'],
    ['010110D123B', 'D'],
    ['010110E123B', 'E'],
    ['010110F123B', 'F'],
    ['010195+123H', 'the 1800s'],
    ['131052a308t', 'in lower case'],
  ])('masks the identity code %s (%s)', (code) => {
    expect(maskFreeText(`Hetuni on ${code}, soittakaa.`)).toBe(`Hetuni on ${m}, soittakaa.`);
  });

  it.each([
    '040 123 4567',
    '040-123 4567',
    '0401234567',
    '(09) 123 4567',
    '09 1234 567',
    '+358 40 123 4567',
    '+358401234567',
    '00358 40 1234567',
    '+44 20 7946 0958',
    '+1 (415) 555-2671',
  ])('masks the phone number %s', (phone) => {
    expect(maskFreeText(`Numero: ${phone}.`)).toBe(`Numero: ${m}.`);
  });

  it.each(['maija.meikalainen@example.fi', 'first+tag@sub.example.co.uk', 'åsa@exempel.se'])(
    'masks the e-mail address %s',
    (address) => {
      expect(maskFreeText(`Kirjoita ${address} kiitos`)).toBe(`Kirjoita ${m} kiitos`);
    },
  );

  it('leaves dates, times, years, prices and short numbers as they are', () => {
    const text = 'Kävin 12.3.2026 klo 14.30, vuonna 2025 jonotin 45 min ja maksoin 20,50 €. Huone 112.';
    expect(maskFreeText(text)).toBe(text);
  });

  it('masks several in one text', () => {
    expect(maskFreeText('a@b.fi tai 040 1234567 tai 010110A123B')).toBe(`${m} tai ${m} tai ${m}`);
  });

  it('never leaves an identity code, whatever surrounds it', () => {
    const signs = [...'+-YXWVUABCDEF'];
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.constantFrom(...signs),
        fc.integer({ min: 2, max: 899 }),
        fc.constantFrom(...'0123456789ABCDEFHJKLMNPRSTUVWXY'),
        fc.string({ maxLength: 20 }),
        (before, date, sign, individual, check, after) => {
          const code = `${String(date).padStart(6, '0')}${sign}${String(individual).padStart(3, '0')}${check}`;
          expect(maskFreeText(`${before} ${code} ${after}`)).not.toContain(code);
        },
      ),
    );
  });
});
