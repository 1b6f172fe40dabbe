// Just enough of a browser's cookie store to drive the provider with fetch: one host, paths honoured,
// expired cookies dropped.
interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

export class CookieJar {
  readonly #cookies: StoredCookie[] = [];

  /** Takes the Set-Cookie headers of a response. */
  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) this.#storeOne(header);
  }

  /** The Cookie header for a URL, or undefined when nothing matches. */
  headerFor(url: string): string | undefined {
    const { pathname } = new URL(url);
    const matching = this.#cookies.filter((cookie) => pathMatches(pathname, cookie.path));
    return matching.length > 0 ? matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') : undefined;
  }

  #storeOne(header: string): void {
    const [pair = '', ...attributes] = header.split(';');
    const separator = pair.indexOf('=');
    if (separator <= 0) return;
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    let path = '/';
    let expired = value === '';
    for (const attribute of attributes) {
      const [key = '', attributeValue = ''] = attribute.split('=').map((part) => part.trim());
      const lowerKey = key.toLowerCase();
      if (lowerKey === 'path' && attributeValue) path = attributeValue;
      if (lowerKey === 'max-age' && Number(attributeValue) <= 0) expired = true;
      if (lowerKey === 'expires' && Date.parse(attributeValue) <= Date.now()) expired = true;
    }
    const index = this.#cookies.findIndex((cookie) => cookie.name === name && cookie.path === path);
    if (index >= 0) this.#cookies.splice(index, 1);
    if (!expired) this.#cookies.push({ name, value, path });
  }
}
