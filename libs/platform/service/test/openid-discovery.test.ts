import { describe, expect, it } from 'vitest';
import { discoverJwksUrl, DiscoveryError } from '../src/index';

const issuer = 'https://tunnistus.example.fi';

function answering(status: number, body: unknown): typeof fetch {
  return async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('discoverJwksUrl', () => {
  it('reads jwks_uri from the issuer’s discovery document', async () => {
    const asked: string[] = [];
    const fetchImpl: typeof fetch = async (input) => {
      asked.push(String(input));
      return answering(200, { issuer, jwks_uri: `${issuer}/jwks` })(input);
    };
    expect(await discoverJwksUrl(issuer, fetchImpl)).toBe(`${issuer}/jwks`);
    expect(asked).toEqual([`${issuer}/.well-known/openid-configuration`]);
  });

  it.each([
    [
      'names another issuer',
      answering(200, { issuer: 'https://evil.example', jwks_uri: 'https://evil.example/jwks' }),
    ],
    ['has no jwks_uri', answering(200, { issuer })],
    ['answers 500', answering(500, {})],
    ['cannot be reached', (async () => Promise.reject(new TypeError('fetch failed'))) as typeof fetch],
  ])('refuses a document that %s', async (_name, fetchImpl) => {
    await expect(discoverJwksUrl(issuer, fetchImpl)).rejects.toBeInstanceOf(DiscoveryError);
  });
});
