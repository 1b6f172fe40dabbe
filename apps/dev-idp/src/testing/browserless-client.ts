// A fetch-based stand-in for a browser talking to the dev provider: it keeps cookies and follows
// redirects by hand, so that a test can stop at the client's redirect URI and read the code.
import { CookieJar } from './cookie-jar';

export class BrowserlessClient {
  readonly cookies = new CookieJar();

  constructor(private readonly fetchImpl: typeof fetch = fetch) {}

  /** One request without following redirects; cookies are sent and stored. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookies.headerFor(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await this.fetchImpl(url, { ...init, headers, redirect: 'manual' });
    this.cookies.store(response);
    return response;
  }

  /** Follows redirects within the provider until one leaves for `stopAt` (or a non-redirect answer). */
  async followUntil(response: Response, baseUrl: string, stopAt: (location: URL) => boolean, maxHops = 10): Promise<Response | URL> {
    let current = response;
    for (let hop = 0; hop < maxHops; hop += 1) {
      const location = current.headers.get('location');
      if (current.status < 300 || current.status >= 400 || !location) return current;
      const target = new URL(location, baseUrl);
      await current.body?.cancel();
      if (stopAt(target)) return target;
      current = await this.request(target.href);
    }
    throw new Error('Too many redirects');
  }

  async postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
}
