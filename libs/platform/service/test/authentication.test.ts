import { createServer } from 'node:net';
import { obtainTokens } from '@asiointi/dev-idp/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTestRouter } from './support/access-test-router';
import { callProcedure } from '../src/testing';
import { type IdentityFixture, residentClaimsOf, startIdentityFixture } from '@asiointi/dev-idp/testing';
import { startTestService } from './support/start-test-service';

/** A port nothing listens on: taken, then released. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('authentication of requests', () => {
  let identity: IdentityFixture;
  let running: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    identity = await startIdentityFixture();
    running = await startTestService({
      router: createAccessTestRouter(),
      config: { oidcIssuer: identity.idp.issuer, logLevel: 'info' },
    });
  }, 30_000);
  afterAll(async () => {
    await running?.service.close();
    await identity?.close();
  });

  it('treats a request without a token as anonymous', async () => {
    const result = await callProcedure(running.service.url, 'whoami');
    expect(result.data).toEqual({ kind: 'anonymous', subject: null });
  });

  it('verifies real tokens from the provider (keys found through its discovery document)', async () => {
    const anna = await callProcedure(running.service.url, 'whoami', {
      token: await identity.tokenOf('guardianAnna'),
    });
    expect(anna.data).toEqual({ kind: 'resident', subject: 'a51d0000-0000-4000-8000-000000000001' });
    const liisa = await callProcedure(running.service.url, 'whoami', {
      token: await identity.tokenOf('bookingAdminLiisa'),
    });
    expect(liisa.data).toEqual({ kind: 'staff', subject: '57aff000-0000-4000-8000-000000000001' });
  });

  it('accepts a minted token signed with the provider’s key, so each refusal below has one cause', async () => {
    const result = await callProcedure(running.service.url, 'whoami', { token: await identity.mint() });
    expect(result.data).toMatchObject({ kind: 'resident' });
  });

  const badTokens: [string, () => Promise<{ authorization: string }>][] = [
    ['a wrong signature', async () => ({ authorization: `Bearer ${await identity.mint({ forged: true })}` })],
    [
      'a wrong audience',
      async () => ({ authorization: `Bearer ${await identity.mint({ audience: 'another-service' })}` }),
    ],
    [
      'the shell’s ID token (audience asiointi-shell)',
      async () => ({
        authorization: `Bearer ${(await obtainTokens({ issuer: identity.idp.issuer, person: 'guardianAnna' })).idToken}`,
      }),
    ],
    [
      'an expired token',
      async () => ({ authorization: `Bearer ${await identity.mint({ expiresIn: -120 })}` }),
    ],
    ['alg none', async () => ({ authorization: `Bearer ${identity.unsigned()}` })],
    [
      'a wrong issuer',
      async () => ({ authorization: `Bearer ${await identity.mint({ issuer: 'https://evil.example' })}` }),
    ],
    [
      'claims that are not a person',
      async () => ({
        authorization: `Bearer ${await identity.mint({ claims: { ...residentClaimsOf('guardianAnna'), personal_identity_code: '131052-308X' } })}`,
      }),
    ],
    ['something that is no JWT', async () => ({ authorization: 'Bearer not-a-jwt' })],
    [
      'Basic credentials',
      async () => ({ authorization: `Basic ${Buffer.from('anna:secret').toString('base64')}` }),
    ],
  ];

  it.each(badTokens)(
    'refuses %s with 401 UNAUTHENTICATED, even on a public procedure',
    async (_name, credentials) => {
      const { authorization } = await credentials();
      for (const procedure of ['whoami', 'notes.mine']) {
        const result = await callProcedure(running.service.url, procedure, { authorization });
        expect(result.status, procedure).toBe(401);
        expect(result.code).toBe('UNAUTHENTICATED');
        expect(result.headers.get('www-authenticate')).toBe('Bearer');
        expect(JSON.parse(result.text)).toEqual({
          error: {
            message: 'UNAUTHENTICATED',
            code: -32001,
            data: { code: 'UNAUTHENTICATED', trpcCode: 'UNAUTHORIZED', httpStatus: 401 },
          },
        });
      }
    },
  );

  it('logs why a token was refused, but never the token or the identity code in it', async () => {
    const expired = await identity.mint({ expiresIn: -120 });
    await callProcedure(running.service.url, 'whoami', {
      token: expired,
      headers: { 'x-request-id': 'expired-1' },
    });
    const line = running.logs.lines.find(
      (entry) => entry.requestId === 'expired-1' && entry.msg === 'procedure refused the call',
    );
    expect(line).toMatchObject({
      code: 'UNAUTHENTICATED',
      authFailure: 'TOKEN_EXPIRED',
      procedure: 'whoami',
    });
    const text = running.logs.text();
    expect(text).not.toContain(expired.split('.')[1]);
    expect(text).not.toContain(String(residentClaimsOf('guardianAnna').personal_identity_code));
  });
});

describe('authentication settings', () => {
  let identity: IdentityFixture;
  beforeAll(async () => {
    identity = await startIdentityFixture();
  }, 30_000);
  afterAll(() => identity?.close());

  it('uses OIDC_JWKS_URL when given', async () => {
    const running = await startTestService({
      router: createAccessTestRouter(),
      config: { oidcIssuer: identity.idp.issuer, oidcJwksUrl: identity.idp.jwksUrl },
    });
    try {
      const result = await callProcedure(running.service.url, 'whoami', {
        token: await identity.tokenOf('nurseSari'),
      });
      expect(result.data).toMatchObject({ kind: 'staff' });
    } finally {
      await running.service.close();
    }
  });

  it('without OIDC_ISSUER refuses every token, and says so at start', async () => {
    const running = await startTestService({ router: createAccessTestRouter() });
    try {
      const token = await identity.tokenOf('guardianAnna');
      expect((await callProcedure(running.service.url, 'whoami', { token })).code).toBe('UNAUTHENTICATED');
      expect((await callProcedure(running.service.url, 'notes.mine')).code).toBe('UNAUTHENTICATED');
      expect((await callProcedure(running.service.url, 'whoami')).data).toEqual({
        kind: 'anonymous',
        subject: null,
      });
      expect(
        running.logs.lines.some((line) => line.level === 'warn' && String(line.msg).includes('OIDC_ISSUER')),
      ).toBe(true);
    } finally {
      await running.service.close();
    }
  });

  it('answers 503 IDENTITY_UNAVAILABLE while the provider cannot be reached, not 401', async () => {
    const running = await startTestService({
      router: createAccessTestRouter(),
      config: { oidcIssuer: await closedPortUrl() },
    });
    try {
      const result = await callProcedure(running.service.url, 'whoami', {
        token: await identity.tokenOf('guardianAnna'),
      });
      expect(result.status).toBe(503);
      expect(result.code).toBe('IDENTITY_UNAVAILABLE');
    } finally {
      await running.service.close();
    }
  });
});
