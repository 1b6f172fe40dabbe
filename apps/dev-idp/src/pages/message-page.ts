// A page with a heading and a few paragraphs: errors, an expired sign-in, signed out.
import type { Language } from '@asiointi/platform-auth/principal';
import { html, type Markup } from './html';
import { layout } from './layout';

export interface MessagePageOptions {
  language: Language;
  nonce: string;
  title: string;
  paragraphs: readonly string[];
  extra?: Markup;
}

export function messagePage({ language, nonce, title, paragraphs, extra }: MessagePageOptions): string {
  return layout({
    language,
    nonce,
    title,
    body: html`<h1>${title}</h1>${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}${extra ?? ''}`,
  });
}
