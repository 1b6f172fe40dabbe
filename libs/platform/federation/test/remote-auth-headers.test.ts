import { describe, expect, it } from 'vitest';
import { anonymousRemoteAuth, remoteAuthHeaders, type RemoteAuth } from '../src/auth';

const eetu = { subject: 'a51d0000-0000-4000-8000-000000000002', displayName: 'Eetu Virtanen' };

function signedIn(overrides: Partial<RemoteAuth> = {}): RemoteAuth {
  return {
    ...anonymousRemoteAuth,
    principalKind: 'resident',
    getAccessToken: async () => 'token-1',
    ...overrides,
  };
}

describe('remoteAuthHeaders', () => {
  it('sends nothing when nobody is signed in', async () => {
    await expect(remoteAuthHeaders(anonymousRemoteAuth)).resolves.toEqual({});
  });

  it('sends the bearer token of a resident acting for themselves', async () => {
    await expect(remoteAuthHeaders(signedIn())).resolves.toEqual({ Authorization: 'Bearer token-1' });
  });

  it('names the subject the resident acts for', async () => {
    await expect(remoteAuthHeaders(signedIn({ actingFor: eetu }))).resolves.toEqual({
      Authorization: 'Bearer token-1',
      'X-Acting-For': eetu.subject,
    });
  });

  it('asks for the token on every call, so a renewed token is used', async () => {
    let calls = 0;
    const auth = signedIn({ getAccessToken: async () => `token-${++calls}` });
    await remoteAuthHeaders(auth);
    await expect(remoteAuthHeaders(auth)).resolves.toEqual({ Authorization: 'Bearer token-2' });
  });

  it('sends no subject without a token (the session ended)', async () => {
    await expect(
      remoteAuthHeaders(signedIn({ getAccessToken: async () => undefined, actingFor: eetu })),
    ).resolves.toEqual({});
  });
});
