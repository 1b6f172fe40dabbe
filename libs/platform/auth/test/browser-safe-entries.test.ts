// The entries the shell may import must stay free of jose and of anything from Node. The lint boundary
// rule does not catch Node built-ins (Nx skips them), so this test is the guard: zod and relative
// imports, the time library and the shared contracts (both free of I/O), and nothing from the token verifier.
import { describe, expect, it } from 'vitest';

const browserSafeSources = import.meta.glob(
  ['../src/identity-code/**/*.ts', '../src/guardianship/**/*.ts', '../src/principal/**/*.ts'],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

const importedModules = (source: string): string[] =>
  [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');

describe('browser-safe entries', () => {
  it('has sources to check', () => {
    expect(Object.keys(browserSafeSources).length).toBeGreaterThan(10);
  });

  it.each(Object.entries(browserSafeSources))('%s imports only zod, platform-time, platform-contract and its own folders', (file, source) => {
    for (const specifier of importedModules(source)) {
      const allowed =
        specifier === 'zod' ||
        specifier === '@asiointi/platform-time' ||
        specifier === '@asiointi/platform-contract' ||
        (specifier.startsWith('.') && !specifier.includes('tokens'));
      expect(allowed, `${file} imports ${specifier}`).toBe(true);
    }
  });
});
