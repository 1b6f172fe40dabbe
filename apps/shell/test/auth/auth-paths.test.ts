import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../src/auth/auth-paths';
import { returnPathOf, signInState } from '../../src/auth/return-path-state';

describe('safeReturnPath', () => {
  it.each([
    ['/booking/reminder-settings', '/booking/reminder-settings'],
    [
      '/booking?unit=11111111-1111-4111-8111-111111111111',
      '/booking?unit=11111111-1111-4111-8111-111111111111',
    ],
    ['/my-data-access#top', '/my-data-access#top'],
  ])('keeps a path of the portal: %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash trick', '/\\evil.example'],
    ['a sign-in page (a loop)', '/auth/callback'],
    ['the signed-out page', '/auth/signed-out'],
    ['a control character', '/booking\n'],
    ['no path at all', undefined],
    ['not a string', 42],
  ])('sends %s to the front page', (_case, input) => {
    expect(safeReturnPath(input)).toBe('/');
  });
});

describe('the sign-in state', () => {
  it('round-trips the return path and checks it again on the way back', () => {
    expect(returnPathOf(signInState('/booking'))).toBe('/booking');
    expect(returnPathOf({ returnTo: 'https://evil.example/' })).toBe('/');
    expect(returnPathOf(undefined)).toBe('/');
  });
});
