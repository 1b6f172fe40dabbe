import { isIPv6 } from 'node:net';

/** The URL a client on this machine uses: a wildcard bind address is reached through loopback. */
export function serviceUrl(host: string, port: number): string {
  if (host === '0.0.0.0') return `http://127.0.0.1:${port}`;
  if (host === '::') return `http://[::1]:${port}`;
  return isIPv6(host) ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}
