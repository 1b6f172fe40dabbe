// An example in a help text is copied by whoever reads it: it must itself be valid.
import { describe, expect, it } from 'vitest';
import { isValidIdentityCode } from '@asiointi/platform-auth/identity-code';
import { bookingStrings } from '../src/i18n/all-strings';

const identityCodeShaped = /\d{6}[+A-FU-Y-]\d{3}[0-9A-Y]/g;

function allTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allTexts);
  return [];
}

describe('examples in the booking strings', () => {
  it.each(['fi', 'sv', 'en'] as const)('shows only valid identity codes as examples (%s)', (language) => {
    const examples = allTexts(bookingStrings[language]).flatMap(
      (text) => text.match(identityCodeShaped) ?? [],
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(isValidIdentityCode(example), example).toBe(true);
  });
});
