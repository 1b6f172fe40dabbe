// happy-dom cannot compute colour contrast, so the pairs the stylesheet uses are checked here against
// WCAG 2.1 AA (4.5:1 for text, 3:1 for borders and focus outlines).
import { describe, expect, it } from 'vitest';
import { styles } from '../src/pages/styles';

function variable(name: string): string {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(styles)?.[1];
  if (!value) throw new Error(`no --${name} in the stylesheet`);
  return value;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const white = '#ffffff';
const hover = '#eef4fb';

describe('colour contrast of the provider pages', () => {
  it.each([
    ['body text', variable('text'), white],
    ['notice text', variable('text'), variable('notice')],
    ['person name', variable('brand-dark'), variable('surface')],
    ['person name on hover', variable('brand-dark'), hover],
    ['person details', variable('muted'), variable('surface')],
    ['hint and subheadings', variable('muted'), white],
    ['error text', variable('error'), white],
    ['links', variable('brand-dark'), white],
    ['header text', white, variable('brand-dark')],
    ['primary button', white, variable('brand')],
    ['primary button on hover', white, variable('brand-dark')],
    ['secondary button', variable('brand-dark'), white],
  ])('%s is at least 4.5:1', (_name, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['input border', variable('muted'), white],
    ['focus outline', variable('focus'), white],
    ['error border', variable('error'), white],
  ])('%s is at least 3:1', (_name, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(3);
  });
});
