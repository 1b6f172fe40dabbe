import { describe, expect, it } from 'vitest';
import {
  freeTextSchema,
  instantSchema,
  localizedTextSchema,
  phoneNumberSchema,
  plainDateSchema,
  singleLineTextSchema,
} from '../src/index';

describe('dates and instants in the supported years', () => {
  it('accepts days and instants from 1900 to 2199', () => {
    for (const day of ['1900-01-01', '2026-03-29', '2199-12-31']) expect(plainDateSchema.safeParse(day).success).toBe(true);
    expect(instantSchema.safeParse('2026-03-29T09:00:00+03:00').success).toBe(true);
  });

  it('refuses year 0000, year 9999 and an instant that only reaches year 2200 in UTC', () => {
    for (const day of ['0000-01-01', '1899-12-31', '2200-01-01', '9999-12-31']) {
      expect(plainDateSchema.safeParse(day).success).toBe(false);
    }
    for (const at of ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59+02:00', '2199-12-31T23:00:00-02:00']) {
      expect(instantSchema.safeParse(at).success).toBe(false);
    }
  });

  it('refuses an instant padded with sub-second digits past 40 characters', () => {
    expect(instantSchema.safeParse(`2026-03-29T09:00:00.${'0'.repeat(30)}+03:00`).success).toBe(false);
  });
});

describe('texts people type', () => {
  it('refuses NUL bytes and other control characters, and text over the bound', () => {
    expect(singleLineTextSchema(10).safeParse('a\u0000b').success).toBe(false);
    expect(singleLineTextSchema(10).safeParse('a\nb').success).toBe(false);
    expect(singleLineTextSchema(10).safeParse('x'.repeat(11)).success).toBe(false);
    expect(freeTextSchema(100).safeParse('Hei\u0000').success).toBe(false);
    expect(freeTextSchema(100).safeParse('\u001b[2J').success).toBe(false);
    expect(localizedTextSchema.safeParse({ fi: 'A\u0000', sv: 'B', en: 'C' }).success).toBe(false);
  });

  it('keeps line breaks in free text, and trims', () => {
    expect(freeTextSchema(100).parse('  Rivi 1\nRivi 2\ttab  ')).toBe('Rivi 1\nRivi 2\ttab');
    expect(singleLineTextSchema(10).parse('  Oulu ')).toBe('Oulu');
  });
});

describe('phone numbers', () => {
  it('accepts numbers as Finns write them', () => {
    for (const phone of ['+358 8 5584 1001', '(08) 558 410', '040-123 4567', '112']) {
      expect(phoneNumberSchema.safeParse(phone).success, phone).toBe(true);
    }
  });

  it('refuses words, 200 KB of digits and numbers over 15 digits', () => {
    for (const phone of ['call the front desk', '1'.repeat(200_000), '+358 1234 5678 9012 34', '12']) {
      expect(phoneNumberSchema.safeParse(phone).success, phone.slice(0, 30)).toBe(false);
    }
  });
});
