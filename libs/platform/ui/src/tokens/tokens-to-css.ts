import type { DesignTokens, ValueUnit } from 'suomifi-design-tokens';

/** camelCase token name -> kebab-case: highlightLight1 -> highlight-light-1, heading1SmallScreen -> heading-1-small-screen. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([a-zA-Z])([0-9])/g, '$1-$2')
    .toLowerCase();
}

function valueOf({ value, unit }: ValueUnit): string {
  return `${value}${unit ?? ''}`;
}

/**
 * Type sizes in rem rather than the tokens' px, so text grows with the browser's own font-size
 * setting, which many older residents raise.
 */
function typeSize(size: ValueUnit): string {
  return size.unit === 'px' && typeof size.value === 'number' ? `${size.value / 16}rem` : valueOf(size);
}

/**
 * The Suomi.fi design tokens as CSS custom properties (`--sfi-*`) on :root, so plain CSS files can
 * use them with no CSS-in-JS runtime. The output is committed as src/styles/tokens.css
 * (`npm run generate:tokens`); a test keeps it in step with the installed tokens package.
 */
export function tokensToCss(tokens: DesignTokens): string {
  const { colors, typography, spacing, radiuses, transitions, shadows } = tokens.values;
  const lines: string[] = [];
  const section = (title: string, entries: [string, string][]) => {
    lines.push(`  /* ${title} */`);
    for (const [name, value] of entries) lines.push(`  --sfi-${name}: ${value};`);
  };

  section(
    'colours',
    Object.entries(colors).map(([name, token]) => [`color-${kebab(name)}`, token.hsl]),
  );
  section(
    'typography',
    Object.entries(typography).flatMap(([name, token]) => [
      [`${kebab(name)}-font-size`, typeSize(token.fontSize)],
      [`${kebab(name)}-line-height`, typeSize(token.lineHeight)],
      [`${kebab(name)}-font-weight`, String(token.fontWeight)],
    ]),
  );
  const fontFamily = typography.bodyText.fontFamily;
  section('font family', [['font-family', fontFamily]]);
  section(
    'spacing',
    Object.entries(spacing).map(([name, value]) => [`spacing-${kebab(name)}`, valueOf(value)]),
  );
  section(
    'radiuses',
    Object.entries(radiuses).map(([name, value]) => [`radius-${kebab(name)}`, valueOf(value)]),
  );
  section(
    'transitions',
    Object.entries(transitions).map(([name, value]) => [`transition-${kebab(name)}`, valueOf(value)]),
  );
  section(
    'shadows',
    Object.entries(shadows).map(([name, value]) => [`shadow-${kebab(name)}`, valueOf(value)]),
  );

  return [
    '/* Generated from suomifi-design-tokens by libs/platform/ui/scripts/generate-tokens-css.ts: do not edit. */',
    ':root {',
    ...lines,
    '}',
    '',
  ].join('\n');
}
