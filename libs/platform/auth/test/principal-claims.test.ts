import { describe, expect, it } from 'vitest';
import { languageFromLocale, parsePrincipalClaims } from '../src/principal/index';
import { residentClaims, staffClaims } from './token-fixtures';

describe('parsePrincipalClaims', () => {
  it('keeps the staff roles it knows and drops the ones it does not', () => {
    const result = parsePrincipalClaims({
      ...staffClaims,
      roles: [
        { role: 'manager', unitId: '3b0e8f6c-8a53-4a43-9b0c-1f0f3f6b7a01' },
        { role: 'space-commander', unitId: '3b0e8f6c-8a53-4a43-9b0c-1f0f3f6b7a01' },
        { role: 'nurse', unitId: 'not-a-uuid' },
      ],
    });
    expect(result).toMatchObject({
      success: true,
      principal: { kind: 'staff', roles: [{ role: 'manager', unitId: '3b0e8f6c-8a53-4a43-9b0c-1f0f3f6b7a01' }] },
    });
  });

  it('maps the eIDAS acr values to assurance levels', () => {
    const high = parsePrincipalClaims({ ...residentClaims, acr: 'http://eidas.europa.eu/LoA/high' });
    expect(high).toMatchObject({ success: true, principal: { assuranceLevel: 'high' } });
  });

  it('reports the failing claim names only', () => {
    const result = parsePrincipalClaims({ ...residentClaims, given_name: '', personal_identity_code: '131052-308U' });
    expect(result).toEqual({ success: false, failedClaims: ['personal_identity_code', 'given_name'] });
  });
});

describe('languageFromLocale', () => {
  it.each([
    ['fi', 'fi'],
    ['sv-FI', 'sv'],
    ['en_GB', 'en'],
    ['SV', 'sv'],
    ['de', 'fi'],
    [undefined, 'fi'],
  ])('%s → %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });
});
