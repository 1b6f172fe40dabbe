import { describe, expect, it } from 'vitest';
import { languageFromAcceptLanguage } from '../src/index';

describe('languageFromAcceptLanguage', () => {
  it.each([
    [undefined, 'fi'],
    ['', 'fi'],
    ['sv-FI,sv;q=0.9,en;q=0.5', 'sv'],
    ['en-GB', 'en'],
    ['de-DE,en;q=0.4,sv;q=0.6', 'sv'],
    ['de,fr', 'fi'],
    ['sv;q=0,en', 'en'],
    ['EN-us', 'en'],
    ['*', 'fi'],
  ])('reads %j as %s', (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });
});
