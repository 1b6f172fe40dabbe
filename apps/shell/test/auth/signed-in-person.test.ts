import { describe, expect, it } from 'vitest';
import { signedInPersonFrom } from '../../src/auth/signed-in-person';

const base = { iss: 'http://127.0.0.1:4500', aud: 'asiointi-shell', exp: 1, iat: 1 };

describe('signedInPersonFrom', () => {
  it('reads a resident from the ID token', () => {
    expect(
      signedInPersonFrom({
        ...base,
        sub: 'a51d',
        given_name: 'Anna',
        family_name: 'Virtanen',
        name: 'Anna Virtanen',
      }),
    ).toEqual({
      subject: 'a51d',
      displayName: 'Anna Virtanen',
      kind: 'resident',
      roles: [],
      language: undefined,
    });
  });

  it('reads the language from the locale claim, when the portal serves it', () => {
    const person = (locale: string) => signedInPersonFrom({ ...base, sub: 'e8b1', locale });
    expect(person('sv-FI').language).toBe('sv');
    expect(person('en').language).toBe('en');
    expect(person('de-DE').language).toBeUndefined();
  });

  it('reads a staff member, with the roles it knows, by the roles claim', () => {
    const person = signedInPersonFrom({
      ...base,
      sub: '57af',
      given_name: 'Sari',
      family_name: 'Niemi',
      roles: [
        { role: 'nurse', unitId: 'b0a00000-0000-4000-8000-000000000001' },
        { role: 'astronaut', unitId: 'b0a00000-0000-4000-8000-000000000001' },
      ],
    });
    expect(person.kind).toBe('staff');
    expect(person.roles).toEqual([{ role: 'nurse', unitId: 'b0a00000-0000-4000-8000-000000000001' }]);
  });
});
