import type { User, UserManager } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { createTokenSource } from '../../src/auth/token-source';

function userWith(accessToken: string, expiresIn: number): User {
  return { access_token: accessToken, expires_in: expiresIn } as User;
}

function fakeUserManager(user: User | null, renewed: () => Promise<User | null>) {
  return {
    getUser: vi.fn(async () => user),
    signinSilent: vi.fn(renewed),
  } as unknown as UserManager & { signinSilent: ReturnType<typeof vi.fn> };
}

describe('createTokenSource', () => {
  it('hands out the current token while it is valid', async () => {
    const manager = fakeUserManager(userWith('a', 600), async () => null);
    await expect(createTokenSource(manager, vi.fn())()).resolves.toBe('a');
    expect(manager.signinSilent).not.toHaveBeenCalled();
  });

  it('has no token when nobody is signed in', async () => {
    await expect(
      createTokenSource(
        fakeUserManager(null, async () => null),
        vi.fn(),
      )(),
    ).resolves.toBeUndefined();
  });

  it('renews a token about to expire once, for every caller at the same time', async () => {
    const manager = fakeUserManager(userWith('old', 10), async () => userWith('new', 900));
    const getAccessToken = createTokenSource(manager, vi.fn());
    await expect(Promise.all([getAccessToken(), getAccessToken()])).resolves.toEqual(['new', 'new']);
    expect(manager.signinSilent).toHaveBeenCalledTimes(1);
  });

  it('ends the session when renewal fails', async () => {
    const onEnded = vi.fn();
    const manager = fakeUserManager(userWith('old', 10), async () => {
      throw new Error('login_required');
    });
    await expect(createTokenSource(manager, onEnded)()).resolves.toBeUndefined();
    expect(onEnded).toHaveBeenCalled();
  });
});
