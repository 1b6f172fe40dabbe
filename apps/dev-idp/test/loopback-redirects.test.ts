import { describe, expect, it } from 'vitest';
import { createCorsPolicy } from '../src/provider/cors-policy';
import { isLoopbackHttpUrl, matchesIgnoringLoopbackPort } from '../src/provider/loopback-redirects';
import { normalizeShellOrigin, shellClientMetadata } from '../src/provider/shell-client';

const registered = ['http://127.0.0.1:4200/auth/callback', 'http://localhost:4200/auth/callback', 'https://portal.example/auth/callback'];

describe('matchesIgnoringLoopbackPort', () => {
  it.each([
    ['http://127.0.0.1:50000/auth/callback', true],
    ['http://127.0.0.1/auth/callback', true],
    ['http://localhost:1/auth/callback', true],
    ['http://127.0.0.1:50000/auth/callback/', false],
    ['http://127.0.0.1:50000/auth/callback?x=1', false],
    ['http://127.0.0.1:50000/auth/callback#x', false],
    ['https://127.0.0.1:50000/auth/callback', false],
    ['http://127.0.0.2:4200/auth/callback', false],
    ['http://localhost.evil.example:4200/auth/callback', false],
    ['http://user@127.0.0.1:4200/auth/callback', false],
    ['https://portal.example:8443/auth/callback', false],
    ['not a url', false],
  ])('%s → %s', (candidate, expected) => {
    expect(matchesIgnoringLoopbackPort(candidate, registered)).toBe(expected);
  });

  it('never matches a loopback host to another loopback name', () => {
    expect(matchesIgnoringLoopbackPort('http://[::1]:4200/auth/callback', registered)).toBe(false);
    expect(matchesIgnoringLoopbackPort('http://[::1]:9/auth/callback', ['http://[::1]:4200/auth/callback'])).toBe(true);
  });
});

describe('shell client registration', () => {
  it('builds redirect and post-logout URIs from origins', () => {
    const metadata = shellClientMetadata(['http://localhost:4200', 'https://asiointi.example']);
    expect(metadata).toMatchObject({ client_id: 'asiointi-shell', token_endpoint_auth_method: 'none', response_types: ['code'] });
    expect(metadata.redirect_uris).toEqual([
      'http://localhost:4200/auth/callback',
      'http://localhost:4200/auth/silent-renew',
      'https://asiointi.example/auth/callback',
      'https://asiointi.example/auth/silent-renew',
    ]);
    expect(metadata.post_logout_redirect_uris).toContain('https://asiointi.example/auth/signed-out');
  });

  it.each(['http://localhost:4200/', ' http://localhost:4200 '])('normalises %j', (origin) => {
    expect(normalizeShellOrigin(origin)).toBe('http://localhost:4200');
  });

  it.each(['http://localhost:4200/app', 'ftp://localhost', 'http://a@localhost', 'http://localhost:4200?x', 'localhost:4200'])('refuses %j', (origin) => {
    expect(() => normalizeShellOrigin(origin)).toThrow(TypeError);
  });
});

describe('CORS policy', () => {
  it('allows configured origins, and loopback origins only when told to', () => {
    const open = createCorsPolicy(['https://asiointi.example'], true);
    const strict = createCorsPolicy(['https://asiointi.example'], false);
    expect(open.allows('https://asiointi.example')).toBe(true);
    expect(open.allows('http://127.0.0.1:61234')).toBe(true);
    expect(strict.allows('http://127.0.0.1:61234')).toBe(false);
    for (const origin of [undefined, 'null', 'https://evil.example', 'http://127.0.0.1:61234/path']) expect(open.allows(origin)).toBe(false);
    expect(isLoopbackHttpUrl('http://localhost:1')).toBe(true);
  });
});
