// The pages oidc-provider renders itself (errors, the sign-out question, signed out), in the person's
// language and with the same look and headers as the sign-in page.
import type { ErrorOut, KoaContextWithOIDC } from 'oidc-provider';
import { newNonce, pageSecurityHeaders } from '../http/page-response';
import { html, trusted } from '../pages/html';
import { messagePage } from '../pages/message-page';
import { messages } from '../pages/messages';
import { pageLanguage } from '../pages/page-language';
import { hintNamesSignedInPerson } from './logout-hint';

function languageOf(ctx: KoaContextWithOIDC) {
  return pageLanguage(ctx.query.lang, ctx.oidc?.params?.ui_locales);
}

function respond(ctx: KoaContextWithOIDC, render: (nonce: string) => string, { script = false } = {}): void {
  const nonce = newNonce();
  for (const [name, value] of Object.entries(pageSecurityHeaders(nonce, { script }))) ctx.set(name, value);
  ctx.type = 'html';
  ctx.body = render(nonce);
}

export async function renderError(ctx: KoaContextWithOIDC, out: ErrorOut): Promise<void> {
  const language = languageOf(ctx);
  const text = messages[language];
  respond(ctx, (nonce) =>
    messagePage({
      language,
      nonce,
      title: text.errorTitle,
      paragraphs: [text.errorBody],
      // The error code and description are the protocol's own words; they hold no personal data.
      extra: html`<p>${text.errorCode}: <code>${out.error}</code></p>${
        out.error_description ? html`<p><code>${String(out.error_description)}</code></p>` : ''
      }`,
    }),
  );
}

/**
 * `form` is oidc-provider's hidden form with the anti-forgery token. When the shell's id_token_hint names
 * the person signed in, the page submits it at once with the answer "yes": a second question would leave
 * the session open for whoever next signs in on this browser (and nobody answers it after an idle
 * sign-out). Otherwise the buttons submit it.
 */
export async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  const language = languageOf(ctx);
  const text = messages[language];
  if (hintNamesSignedInPerson(ctx)) {
    respond(
      ctx,
      (nonce) =>
        messagePage({
          language,
          nonce,
          title: text.logoutTitle,
          paragraphs: [text.loggingOut],
          extra: html`${trusted(form)}<input type="hidden" name="logout" value="yes" form="op.logoutForm">
<noscript><div class="actions"><button class="button" type="submit" form="op.logoutForm">${text.logoutYes}</button></div></noscript>
<script nonce="${nonce}">document.getElementById('op.logoutForm').submit();</script>`,
        }),
      { script: true },
    );
    return;
  }
  respond(ctx, (nonce) =>
    messagePage({
      language,
      nonce,
      title: text.logoutTitle,
      paragraphs: [text.logoutQuestion],
      extra: html`${trusted(form)}<div class="actions">
<button class="button" type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${text.logoutYes}</button>
<button class="button secondary" type="submit" form="op.logoutForm">${text.logoutNo}</button>
</div>`,
    }),
  );
}

/** The language of the sign-out request is gone by now, so the page says it in all three. */
export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void> {
  const text = messages.fi;
  const others = (['sv', 'en'] as const).map(
    (language) => html`<div lang="${language}"><h2>${messages[language].loggedOutTitle}</h2><p>${messages[language].loggedOutBody}</p></div>`,
  );
  respond(ctx, (nonce) =>
    messagePage({ language: 'fi', nonce, title: text.loggedOutTitle, paragraphs: [text.loggedOutBody], extra: html`${others}` }),
  );
}
