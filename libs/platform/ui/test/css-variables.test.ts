import { describe, expect, it } from 'vitest';

// Every stylesheet of the package, as text.
const stylesheets = import.meta.glob<string>('../src/**/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});

// Custom properties React Aria sets on its own elements.
const providedByReactAria = new Set(['--trigger-width']);

function defined(css: string): Set<string> {
  return new Set([...css.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((match) => match[1] as string));
}

describe('the stylesheets', () => {
  const all = Object.values(stylesheets).join('\n');
  const definedProperties = defined(all);

  it('were all found', () => {
    expect(Object.keys(stylesheets).length).toBeGreaterThanOrEqual(10);
  });

  it.each(Object.entries(stylesheets))('%s uses only custom properties that exist', (_file, css) => {
    const used = [...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((match) => match[1] as string);
    const missing = used.filter((name) => !definedProperties.has(name) && !providedByReactAria.has(name));
    expect(missing).toEqual([]);
  });
});
