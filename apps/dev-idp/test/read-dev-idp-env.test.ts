import { describe, expect, it } from 'vitest';
import { readDevIdpEnv } from '../src/read-dev-idp-env';
import { generateSigningKeys } from '../src/provider/signing-keys';

describe('readDevIdpEnv', () => {
  it('has a development default for everything', () => {
    expect(readDevIdpEnv({})).toEqual({
      port: 4500,
      host: '127.0.0.1',
      issuer: undefined,
      shellOrigins: undefined,
      allowAnyLoopbackPort: true,
      signingKeys: undefined,
      accessTokenTtlSeconds: 900,
      logLevel: 'info',
    });
  });

  it('reads the variables', async () => {
    const keys = await generateSigningKeys();
    const options = readDevIdpEnv({
      DEV_IDP_PORT: '0',
      HOST: '0.0.0.0',
      DEV_IDP_ISSUER: 'https://idp.dev.example',
      DEV_IDP_SHELL_ORIGINS: 'http://localhost:4200, https://portal.dev.example',
      DEV_IDP_ALLOW_ANY_LOOPBACK_PORT: 'false',
      DEV_IDP_SIGNING_JWKS: JSON.stringify(keys),
      DEV_IDP_ACCESS_TOKEN_TTL: '300',
    });
    expect(options).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      issuer: 'https://idp.dev.example',
      shellOrigins: ['http://localhost:4200', 'https://portal.dev.example'],
      allowAnyLoopbackPort: false,
      accessTokenTtlSeconds: 300,
    });
    expect(options.signingKeys?.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' });
  });

  it('refuses nonsense without echoing secrets', () => {
    expect(() => readDevIdpEnv({ DEV_IDP_PORT: 'x' })).toThrow();
    expect(() => readDevIdpEnv({ DEV_IDP_ALLOW_ANY_LOOPBACK_PORT: 'yes' })).toThrow();
    // The services refuse access tokens that live longer than an hour.
    expect(() => readDevIdpEnv({ DEV_IDP_ACCESS_TOKEN_TTL: '3601' })).toThrow();
    expect(() => readDevIdpEnv({ DEV_IDP_SIGNING_JWKS: '{"keys":[{"kty":"oct","k":"secret-value"}]}' })).toThrow(/private RSA keys/);
    try {
      readDevIdpEnv({ DEV_IDP_SIGNING_JWKS: '{"keys":[{"kty":"oct","k":"secret-value"}]}' });
    } catch (error) {
      expect(String(error)).not.toContain('secret-value');
    }
  });
});
