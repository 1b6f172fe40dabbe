import { describe, expect, it } from 'vitest';
import { maskIdentityCodes, maskIdentityCodesInText } from '../src/index';

describe('identity code masking', () => {
  it.each(['131052-308T', '010101A123N', '240215Y0011', '010199+9876'])('masks %s in text', (code) => {
    expect(maskIdentityCodesInText(`resident ${code} booked`)).toBe('resident [identity code] booked');
  });

  it.each(['131052-308t', '010199%2B9876'])('masks %s, written in lower case or URL-encoded', (code) => {
    expect(maskIdentityCodesInText(`?code=${code}&x=1`)).toBe('?code=[identity code]&x=1');
  });

  it('leaves dates, phone numbers and ids alone', () => {
    const text = 'on 2025-03-14, call 040-1234567, unit 550e8400-e29b-41d4-a716-446655440000';
    expect(maskIdentityCodesInText(text)).toBe(text);
  });

  it('masks nested plain values but leaves class instances to their serializers', () => {
    const date = new Date(0);
    expect(maskIdentityCodes({ a: { b: ['131052-308T'] }, when: date })).toEqual({
      a: { b: ['[identity code]'] },
      when: date,
    });
  });
});
