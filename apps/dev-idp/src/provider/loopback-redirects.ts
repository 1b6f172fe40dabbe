// Tests start the shell on a random port, so in development a shell redirect URI on a loopback address
// (127.0.0.1, localhost, [::1]) over http matches a registered one whatever its port, as RFC 8252
// section 7.3 lets native apps do. oidc-provider 9 applies that rule only to `application_type: native`
// clients, which it then makes consent on every request (breaking silent renewal), so this widens the
// matcher of the shell client instead. Host name, path and query must still match exactly; PKCE still
// binds the code to whoever started the flow.
import type { Client, Provider } from 'oidc-provider';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHttpUrl(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && url.protocol === 'http:' && loopbackHosts.has(url.hostname);
}

function withoutPort(value: string): string | undefined {
  const url = URL.parse(value);
  if (!url || url.protocol !== 'http:' || !loopbackHosts.has(url.hostname) || url.username || url.password || url.hash) {
    return undefined;
  }
  url.port = '';
  return url.href;
}

/** True when `candidate` equals one of `registered` but for the port of a loopback http URL. */
export function matchesIgnoringLoopbackPort(candidate: string, registered: readonly string[]): boolean {
  const portless = withoutPort(candidate);
  return portless !== undefined && registered.some((uri) => withoutPort(uri) === portless);
}

/** Widens the redirect and post-logout matching of one client on this provider instance. */
export function allowAnyLoopbackPortFor(provider: Provider, clientId: string): void {
  const prototype = provider.Client.prototype;
  const exactRedirect = prototype.redirectUriAllowed;
  const exactPostLogout = prototype.postLogoutRedirectUriAllowed;
  prototype.redirectUriAllowed = function redirectUriAllowed(this: Client, value: string) {
    return (
      exactRedirect.call(this, value) ||
      (this.clientId === clientId && matchesIgnoringLoopbackPort(value, this.redirectUris))
    );
  };
  prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(this: Client, value: string) {
    return (
      exactPostLogout.call(this, value) ||
      (this.clientId === clientId && matchesIgnoringLoopbackPort(value, this.postLogoutRedirectUris))
    );
  };
}
