// Sends one of the provider's own HTML pages with headers that keep it unframeable, uncached and limited
// to its own nonce-marked stylesheet.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** `script`: the page runs its own nonce-marked script (the sign-out page that submits itself). */
export function pageSecurityHeaders(nonce: string, { script = false } = {}): Record<string, string> {
  const scriptSource = script ? `; script-src 'nonce-${nonce}'` : '';
  return {
    // No form-action: after the sign-in form the browser is redirected on to the client's own origin.
    'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'${scriptSource}; img-src data:; base-uri 'none'; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

export function sendPage(res: ServerResponse, status: number, nonce: string, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...pageSecurityHeaders(nonce) });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
