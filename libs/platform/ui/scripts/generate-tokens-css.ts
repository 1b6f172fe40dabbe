// Prints tokens.css; `npm run generate:tokens` redirects it into src/styles/tokens.css.
import { suomifiDesignTokens } from 'suomifi-design-tokens';
import { tokensToCss } from '../src/tokens/tokens-to-css';

// eslint-disable-next-line no-console -- the npm script redirects this output into the CSS file
console.log(tokensToCss(suomifiDesignTokens).trimEnd());
