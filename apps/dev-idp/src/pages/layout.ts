// The document around every page of the provider: language attribute, skip link, language switch,
// and a stylesheet allowed by the page's content security policy through a nonce.
import { LANGUAGES, type Language } from '@asiointi/platform-auth/principal';
import { html, type Markup, trusted } from './html';
import { messages } from './messages';
import { styles } from './styles';

export interface LayoutOptions {
  language: Language;
  title: string;
  nonce: string;
  body: Markup;
  /** Where each language's version of this page is; no switch when absent. */
  languageHref?: (language: Language) => string;
}

export function layout({ language, title, nonce, body, languageHref }: LayoutOptions): string {
  const text = messages[language];
  const languageSwitch = languageHref
    ? html`<nav aria-label="${text.languageNavLabel}"><ul>${LANGUAGES.map(
        (candidate) =>
          html`<li><a href="${languageHref(candidate)}" lang="${candidate}" hreflang="${candidate}"${
            candidate === language ? html` aria-current="true"` : ''
          }>${messages[candidate].languageName}</a></li>`,
      )}</ul></nav>`
    : '';
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – ${text.brand}</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">${trusted(styles)}</style>
</head>
<body>
<a class="skip-link" href="#main">${text.skipToContent}</a>
<header><div class="header-inner"><p class="brand">${text.brand}</p>${languageSwitch}</div></header>
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>
`.value;
}
