import { suomifiDesignTokens } from 'suomifi-design-tokens';
import { describe, expect, it } from 'vitest';

type ColorName = keyof typeof suomifiDesignTokens.values.colors;

// WCAG 2.1 relative luminance of an HSL token.
function luminance(name: ColorName): number {
  const { h, s, l } = suomifiDesignTokens.values.colors[name];
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(8) + 0.0722 * channel(4);
}

function contrast(foreground: ColorName, background: ColorName): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

// The pairs theme.css uses: [foreground, background, minimum]. Text needs 4.5:1, UI parts 3:1.
const pairs: [ColorName, ColorName, number][] = [
  ['blackBase', 'whiteBase', 4.5], // body text
  ['blackBase', 'depthLight3', 4.5], // text on the footer and success surface
  ['blackBase', 'alertLight1', 4.5], // error alert text
  ['blackBase', 'infoLight1', 4.5], // info alert text
  ['depthDark1', 'whiteBase', 4.5], // secondary text
  ['depthDark1', 'depthLight2', 4.5], // disabled button text
  ['highlightBase', 'whiteBase', 4.5], // links, secondary button text
  ['highlightDark1', 'depthLight3', 4.5], // footer links
  ['highlightDark1', 'highlightLight4', 4.5], // secondary button hovered
  ['whiteBase', 'highlightBase', 4.5], // primary button, selected option
  ['whiteBase', 'highlightDark1', 4.5], // primary button hovered
  ['blackBase', 'highlightLight3', 4.5], // focused option
  ['alertBase', 'whiteBase', 4.5], // field error text
  ['alertBase', 'alertLight1', 3], // error alert border
  ['successDark1', 'depthLight3', 3], // success alert border
  ['depthDark2', 'whiteBase', 3], // input borders
  ['brandBase', 'whiteBase', 3], // focus ring
  ['brandBase', 'whiteBase', 4.5], // headings
];

describe('colour contrast of the tokens the theme uses', () => {
  it.each(pairs)('%s on %s reaches %d:1', (foreground, background, minimum) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(minimum);
  });

  it('catches a pair that fails (depthBase grey text on white)', () => {
    expect(contrast('depthBase', 'whiteBase')).toBeLessThan(4.5);
  });
});
