// Runs sign-ins (listed people, typed codes, mistyped codes, refused tokens) and then reads every log line:
// no identity code, in any form, may be there.
import { inspect } from 'node:util';
import { containsIdentityCode, createTokenVerifier } from '@asiointi/platform-auth';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/create-logger';
import { testPersons, type TestResident } from '../src/test-persons';
import { authorizationUrl, BrowserlessClient, createPkcePair, obtainTokens } from '../src/testing/index';
import { startTestIdp, type TestIdp } from './support/start-test-idp';

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

const residents = testPersons.filter((person): person is TestResident => person.kind === 'resident');

describe('identity codes stay out of logs', () => {
  it('after sign-ins, refused sign-ins, token checks and relations calls', async () => {
    for (const resident of residents) {
      const tokens = await obtainTokens({ issuer: idp.issuer, person: resident.key });
      await fetch(idp.relationsUrl, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
      await fetch(`${idp.issuer}/me`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    }
    await obtainTokens({ issuer: idp.issuer, person: { identityCode: '131052-308T' } });

    // A mistyped code, and a code smuggled into a URL parameter of the authorisation request.
    const client = new BrowserlessClient();
    const start = await client.request(
      authorizationUrl(idp.issuer, {
        client_id: 'asiointi-shell',
        response_type: 'code',
        scope: 'openid',
        redirect_uri: 'http://127.0.0.1:4200/auth/callback',
        code_challenge: createPkcePair().challenge,
        code_challenge_method: 'S256',
        login_hint: '131052-308T',
      }),
    );
    const interaction = await client.followUntil(start, idp.issuer, (location) => location.pathname.startsWith('/interaction/'));
    if (!(interaction instanceof URL)) throw new Error('no interaction');
    await client.postForm(`${interaction.href}/login`, { identityCode: '131052-308U' });
    await fetch(`${idp.issuer}/auth?client_id=asiointi-shell&redirect_uri=http://evil.example/131052-308T`);

    const log = idp.logLines().join('\n');
    expect(log).toContain('signed in');
    for (const resident of residents) expect(log).not.toContain(resident.identityCode);
    expect(containsIdentityCode(log)).toBe(false);
    expect(log).not.toContain('131052');
  });

  it('the logger itself scrubs a code that some careless caller logs', () => {
    const lines: string[] = [];
    const logger = createLogger({
      destination: new Writable({
        write(chunk: Buffer, _encoding, callback) {
          lines.push(chunk.toString());
          callback();
        },
      }),
    });
    logger.info({ body: { identityCode: '131052-308T', nested: ['131052a308t'] }, url: '/x?hetu=131052%2B308T' }, 'careless 131052-308T');
    const line = lines.join('');
    expect(line).toContain('[identity code]');
    expect(line).not.toMatch(/131052/);
  });

  it('a verified principal prints no code under util.inspect or JSON', async () => {
    const { accessToken } = await obtainTokens({ issuer: idp.issuer, person: 'guardianAnna' });
    const principal = await createTokenVerifier({ issuer: idp.issuer, audience: 'asiointi-services', jwksUrl: idp.jwksUrl }).verify(accessToken);
    const anna = residents.find((resident) => resident.key === 'guardianAnna') as TestResident;
    expect(inspect(principal, { depth: 10, showHidden: true })).not.toContain(anna.identityCode);
    expect(JSON.stringify(principal)).not.toContain(anna.identityCode);
  });
});
