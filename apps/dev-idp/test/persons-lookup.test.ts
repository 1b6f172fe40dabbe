import { personLookupResponseSchema } from '@asiointi/platform-auth/guardianship';
import { composeIdentityCode } from '@asiointi/platform-auth/identity-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SUBJECTS, testResident, type TestPersonKey } from '../src/test-persons';
import { obtainAccessToken } from '../src/testing/index';
import { decodeJwtPayload, startTestIdp, type TestIdp } from './support/start-test-idp';

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

const tokenOf = (person: TestPersonKey) => obtainAccessToken({ issuer: idp.issuer, person });

function lookup(body: unknown, token?: string, init: RequestInit = {}) {
  return fetch(`${idp.personsUrl}/lookup`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    ...init,
  });
}

describe('POST /persons/lookup', () => {
  it('finds a test person by identity code for staff, by subject, name and birth date', async () => {
    const anna = testResident('guardianAnna');
    const response = await lookup(
      { identityCode: anna.identityCode.toLowerCase() },
      await tokenOf('nurseSari'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = personLookupResponseSchema.parse(await response.json());
    expect(body).toEqual({ subject: TEST_SUBJECTS.guardianAnna, name: anna.name, birthDate: anna.birthDate });
  });

  it('gives a new valid code the subject its later sign-in gets, and the same one when asked again', async () => {
    const identityCode = composeIdentityCode({ birthDate: '1987-06-05', individualNumber: 417 });
    const staffToken = await tokenOf('bookingAdminLiisa');
    const first = personLookupResponseSchema.parse(await (await lookup({ identityCode }, staffToken)).json());
    expect(first.birthDate).toBe('1987-06-05');
    const again = personLookupResponseSchema.parse(await (await lookup({ identityCode }, staffToken)).json());
    expect(again.subject).toBe(first.subject);

    const residentToken = await obtainAccessToken({ issuer: idp.issuer, person: { identityCode } });
    expect(decodeJwtPayload(residentToken).sub).toBe(first.subject);
  });

  it('answers 404 for an invalid or temporary code and 400 for a body outside the contract', async () => {
    const token = await tokenOf('nurseSari');
    const valid = testResident('englishSpeakerEmily').identityCode;
    const wrongCheck = `${valid.slice(0, -1)}${valid.endsWith('A') ? 'B' : 'A'}`;
    const temporary = composeIdentityCode({ birthDate: '1990-01-01', individualNumber: 901 });
    for (const identityCode of [wrongCheck, temporary, '010190-0000']) {
      const response = await lookup({ identityCode }, token);
      expect(response.status, identityCode).toBe(404);
      expect(await response.json()).toEqual({ error: 'PERSON_NOT_FOUND' });
    }
    expect((await lookup({ identityCode: valid, extra: 1 }, token)).status).toBe(400);
    expect((await lookup({}, token)).status).toBe(400);
    expect((await lookup('not json', token, { body: '{' })).status).toBe(400);
  });

  it('refuses residents, a missing token, a forged one and other methods', async () => {
    const identityCode = testResident('guardianAnna').identityCode;
    const resident = await lookup({ identityCode }, await tokenOf('guardianAnna'));
    expect(resident.status).toBe(403);
    expect(await resident.json()).toEqual({ error: 'STAFF_ONLY' });
    const anonymous = await lookup({ identityCode });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'TOKEN_MISSING' });
    const token = await tokenOf('nurseSari');
    const forged = `${token.slice(0, -4)}AAAA`;
    expect((await lookup({ identityCode }, forged)).status).toBe(401);
    const get = await fetch(`${idp.personsUrl}/lookup`, { headers: { authorization: `Bearer ${token}` } });
    expect(get.status).toBe(405);
  });

  it('never writes the code to its log', async () => {
    const identityCode = testResident('childEetuUnder12').identityCode;
    expect((await lookup({ identityCode }, await tokenOf('nurseSari'))).status).toBe(200);
    const log = idp.logLines().join('\n');
    expect(log).toContain('/persons/lookup');
    expect(log).not.toContain(identityCode);
  });
});
