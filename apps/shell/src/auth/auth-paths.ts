/** The shell's sign-in paths, as registered with the identity provider for the shell client. */
export const authPaths = {
  /** The provider returns here after an interactive sign-in. */
  callback: '/auth/callback',
  /** The provider returns here, inside a hidden iframe, after a silent sign-in or renewal. */
  silentRenew: '/auth/silent-renew',
  /** The provider returns here after signing out. */
  signedOut: '/auth/signed-out',
} as const;

export function isAuthPath(pathname: string): boolean {
  return pathname === '/auth' || pathname.startsWith('/auth/');
}

/**
 * Where to go after signing in: a path of this portal, never another site (an open redirect) and
 * never a sign-in page itself (a loop). Anything else goes to the front page.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/';
  if (value.includes('\\') || [...value].some((char) => char.charCodeAt(0) < 0x20)) return '/';
  const url = new URL(value, 'http://portal.invalid');
  if (url.origin !== 'http://portal.invalid' || isAuthPath(url.pathname)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
