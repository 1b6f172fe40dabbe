import { actingRelationsResponseSchema, decisionFor } from '@asiointi/platform-auth/guardianship';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SUBJECTS, type TestPersonKey } from '../src/test-persons';
import { obtainAccessToken } from '../src/testing/index';
import { startTestIdp, type TestIdp } from './support/start-test-idp';

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

const tokenOf = (person: TestPersonKey) => obtainAccessToken({ issuer: idp.issuer, person });

async function relationsOf(person: TestPersonKey) {
  const response = await fetch(idp.relationsUrl, { headers: { authorization: `Bearer ${await tokenOf(person)}` } });
  expect(response.status).toBe(200);
  return actingRelationsResponseSchema.parse(await response.json());
}

describe('GET /relations', () => {
  it("lets the guardian act for the child under 12 and not for the 14-year-old who has not allowed it", async () => {
    const relations = await relationsOf('guardianAnna');
    expect(relations.actor).toBe(TEST_SUBJECTS.guardianAnna);
    expect(relations.relations.map((relation) => relation.name.given)).toEqual(['Eetu', 'Aino']);
    expect(decisionFor(relations, TEST_SUBJECTS.childEetuUnder12, 'booking')).toEqual({ allowed: true, basis: 'GUARDIAN_OF_CHILD_UNDER_12' });
    expect(decisionFor(relations, TEST_SUBJECTS.minorAino14NotAllowed, 'booking')).toEqual({ allowed: false, reason: 'MINOR_HAS_NOT_ALLOWED' });
    expect(decisionFor(relations, TEST_SUBJECTS.guardianMikko, 'booking')).toEqual({ allowed: false, reason: 'NO_RELATION' });
  });

  it('leaves out a child with a non-disclosure marking, and allows the 16-year-old only what he allowed', async () => {
    const relations = await relationsOf('guardianMikko');
    expect(relations.relations.map((relation) => relation.subject)).toEqual([TEST_SUBJECTS.minorOskari16AllowsBooking]);
    expect(JSON.stringify(relations)).not.toContain(TEST_SUBJECTS.childEllaNonDisclosure);
    expect(decisionFor(relations, TEST_SUBJECTS.childEllaNonDisclosure, 'booking')).toEqual({ allowed: false, reason: 'NO_RELATION' });
    expect(relations.relations[0]?.minorConsent).toEqual({ scopes: ['booking'] });
    expect(decisionFor(relations, TEST_SUBJECTS.minorOskari16AllowsBooking, 'booking')).toEqual({ allowed: true, basis: 'GUARDIAN_WITH_MINOR_CONSENT' });
    expect(decisionFor(relations, TEST_SUBJECTS.minorOskari16AllowsBooking, 'family-centre')).toEqual({ allowed: false, reason: 'MINOR_HAS_NOT_ALLOWED' });
  });

  it("lets the adult child act for the elderly parent within the mandate's scopes", async () => {
    const relations = await relationsOf('mandateHolderPekka');
    expect(relations.relations[0]).toMatchObject({ relation: 'mandate-holder-for', subject: TEST_SUBJECTS.elderlyAuneWithMandate });
    expect(decisionFor(relations, TEST_SUBJECTS.elderlyAuneWithMandate, 'booking')).toEqual({ allowed: true, basis: 'VALID_MANDATE' });
    expect(decisionFor(relations, TEST_SUBJECTS.elderlyAuneWithMandate, 'work-ability')).toEqual({ allowed: false, reason: 'MANDATE_DOES_NOT_COVER_SCOPE' });
  });

  it('has nothing for a resident without relations, and carries no identity codes', async () => {
    const relations = await relationsOf('englishSpeakerEmily');
    expect(relations.relations).toEqual([]);
    expect(JSON.stringify(await relationsOf('guardianAnna'))).not.toMatch(/\d{6}[-+A-FU-Y]\d{3}/);
  });

  it('refuses staff, a missing token and a forged one', async () => {
    const staff = await fetch(idp.relationsUrl, { headers: { authorization: `Bearer ${await tokenOf('nurseSari')}` } });
    expect(staff.status).toBe(403);
    const anonymous = await fetch(idp.relationsUrl);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'TOKEN_MISSING' });
    const token = await tokenOf('guardianAnna');
    const [header, payload] = token.split('.');
    const forged = await fetch(idp.relationsUrl, { headers: { authorization: `Bearer ${header}.${payload}.AAAA` } });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('answers CORS preflights from a loopback shell origin only', async () => {
    const preflight = (origin: string) =>
      fetch(idp.relationsUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    const allowed = await preflight('http://127.0.0.1:51234');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:51234');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe("a minor's choice", () => {
  async function setConsent(minor: TestPersonKey, guardian: string, scopes: string[]) {
    return fetch(`${idp.relationsUrl}/guardians/${guardian}/consent`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await tokenOf(minor)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scopes }),
    });
  }

  it('is stored and changes what the guardian may do, scope by scope', async () => {
    const guardians = await fetch(`${idp.relationsUrl}/guardians`, { headers: { authorization: `Bearer ${await tokenOf('minorAino14NotAllowed')}` } });
    expect(await guardians.json()).toEqual({
      guardians: [{ subject: TEST_SUBJECTS.guardianAnna, name: { given: 'Anna', family: 'Virtanen' }, allowedScopes: [] }],
    });

    const allowed = await setConsent('minorAino14NotAllowed', TEST_SUBJECTS.guardianAnna, ['booking']);
    expect(allowed.status).toBe(200);
    let relations = await relationsOf('guardianAnna');
    expect(decisionFor(relations, TEST_SUBJECTS.minorAino14NotAllowed, 'booking')).toEqual({ allowed: true, basis: 'GUARDIAN_WITH_MINOR_CONSENT' });
    expect(decisionFor(relations, TEST_SUBJECTS.minorAino14NotAllowed, 'family-centre')).toMatchObject({ allowed: false });

    expect((await setConsent('minorAino14NotAllowed', TEST_SUBJECTS.guardianAnna, [])).status).toBe(200);
    relations = await relationsOf('guardianAnna');
    expect(decisionFor(relations, TEST_SUBJECTS.minorAino14NotAllowed, 'booking')).toEqual({ allowed: false, reason: 'MINOR_HAS_NOT_ALLOWED' });
  });

  it('can only be given by a 12–17-year-old, to their own guardian, for known scopes', async () => {
    expect((await setConsent('childEetuUnder12', TEST_SUBJECTS.guardianAnna, ['booking'])).status).toBe(409);
    expect((await setConsent('guardianAnna', TEST_SUBJECTS.guardianMikko, ['booking'])).status).toBe(409);
    expect((await setConsent('minorAino14NotAllowed', TEST_SUBJECTS.guardianMikko, ['booking'])).status).toBe(404);
    expect((await setConsent('minorAino14NotAllowed', TEST_SUBJECTS.guardianAnna, ['everything'])).status).toBe(400);
  });
});
