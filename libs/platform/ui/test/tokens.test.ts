import { suomifiDesignTokens } from 'suomifi-design-tokens';
import { describe, expect, it } from 'vitest';
import committedCss from '../src/styles/tokens.css?raw';
import { tokensToCss } from '../src/tokens/tokens-to-css';

describe('tokens.css', () => {
  it('matches the installed Suomi.fi tokens (run `npm run generate:tokens` after upgrading them)', () => {
    expect(committedCss.trimEnd()).toBe(tokensToCss(suomifiDesignTokens).trimEnd());
  });

  it('names colours and spacing as the components expect', () => {
    expect(committedCss).toContain('--sfi-color-highlight-base: hsl(212, 63%, 45%);');
    expect(committedCss).toContain('--sfi-spacing-m: 20px;');
    expect(committedCss).toContain('--sfi-body-text-font-size: 1.125rem;');
  });
});
