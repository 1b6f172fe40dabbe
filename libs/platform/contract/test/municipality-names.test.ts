import { describe, expect, it } from 'vitest';
import { municipalityName } from '../src/index';

describe('municipalityName', () => {
  it('gives the official Swedish name on Swedish pages and the Finnish one otherwise', () => {
    expect(municipalityName('Oulu', 'sv')).toBe('Uleåborg');
    expect(municipalityName('Helsinki', 'sv')).toBe('Helsingfors');
    expect(municipalityName('Raahe', 'sv')).toBe('Brahestad');
    expect(municipalityName('Oulu', 'fi')).toBe('Oulu');
    expect(municipalityName('Oulu', 'en')).toBe('Oulu');
  });

  it('shows a municipality without a Swedish name of its own as given', () => {
    expect(municipalityName('Kuusamo', 'sv')).toBe('Kuusamo');
    expect(municipalityName('constructor', 'sv')).toBe('constructor');
  });
});
