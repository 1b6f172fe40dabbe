import { OidcClient, User, UserManager } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { userManagerSettings } from '../../src/auth/user-manager-settings';

const identity = { issuer: 'http://127.0.0.1:4500', clientId: 'asiointi-shell', scope: 'profile roles' };
const origin = 'http://127.0.0.1:4200';

// Discovery answered in advance, so no request goes to a provider.
const metadata = {
  issuer: identity.issuer,
  authorization_endpoint: `${identity.issuer}/auth`,
  token_endpoint: `${identity.issuer}/token`,
  end_session_endpoint: `${identity.issuer}/session/end`,
  jwks_uri: `${identity.issuer}/jwks`,
};

function signedInUser(): User {
  return new User({
    id_token: 'header.eyJzdWIiOiJhbm5hIn0.signature',
    access_token: 'access-token-value',
    token_type: 'Bearer',
    scope: 'openid profile',
    profile: {
      sub: 'a51d0000-0000-4000-8000-000000000001',
      iss: identity.issuer,
      aud: identity.clientId,
      exp: 4_000_000_000,
      iat: 1,
    },
    expires_at: Math.floor(Date.now() / 1000) + 900,
  });
}

describe('userManagerSettings', () => {
  const settings = userManagerSettings(identity, origin, sessionStorage);

  it('signs in with the authorisation code flow at the configured provider', () => {
    expect(settings).toMatchObject({
      authority: 'http://127.0.0.1:4500',
      client_id: 'asiointi-shell',
      response_type: 'code',
      scope: 'openid profile roles',
      redirect_uri: 'http://127.0.0.1:4200/auth/callback',
      silent_redirect_uri: 'http://127.0.0.1:4200/auth/silent-renew',
      post_logout_redirect_uri: 'http://127.0.0.1:4200/auth/signed-out',
      automaticSilentRenew: true,
    });
  });

  it('keeps the signed-in user (and its tokens) in memory, never in web storage', async () => {
    const userManager = new UserManager({ ...settings, automaticSilentRenew: false });
    await userManager.storeUser(signedInUser());
    expect((await userManager.getUser())?.access_token).toBe('access-token-value');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('access-token-value');
  });

  it('puts only the transient sign-in state in sessionStorage: PKCE verifier and return path, no token', async () => {
    const client = new OidcClient({ ...settings, metadata });
    const request = await client.createSigninRequest({
      request_type: 'si:r',
      state: { returnTo: '/booking' },
    });
    const url = new URL(request.url);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe('http://127.0.0.1:4200/auth/callback');
    // The return path travels in the state stored here, not in the URL.
    expect(request.url).not.toContain('booking');

    expect(localStorage.length).toBe(0);
    const keys = Object.keys(sessionStorage);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^asiointi\.oidc\./);
    const stored = JSON.parse(sessionStorage.getItem(keys[0] ?? '') ?? '{}') as Record<string, unknown>;
    expect(stored.code_verifier).toBeTruthy();
    expect(stored.data).toEqual({ returnTo: '/booking' });
    expect(Object.keys(stored).some((key) => /token/.test(key))).toBe(false);
  });

  it('adds openid when the config leaves it out, and keeps it once when it is there', () => {
    expect(userManagerSettings({ ...identity, scope: 'openid profile' }, origin, sessionStorage).scope).toBe(
      'openid profile',
    );
  });
});
