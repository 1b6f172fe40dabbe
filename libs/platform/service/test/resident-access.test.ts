import { createServer } from 'node:http';
import { TEST_SUBJECTS, testResident } from '@asiointi/dev-idp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccessTestRouter, type RecordedDenial } from './support/access-test-router';
import { callProcedure } from '../src/testing';
import { type IdentityFixture, startIdentityFixture } from '@asiointi/dev-idp/testing';
import { startTestService } from './support/start-test-service';

const s = TEST_SUBJECTS;

describe('residentProcedure', () => {
  let identity: IdentityFixture;
  let running: Awaited<ReturnType<typeof startTestService>>;
  const denials: RecordedDenial[] = [];
  const relationsCalls: string[] = [];
  beforeAll(async () => {
    identity = await startIdentityFixture();
    // Counts the calls to the relations service, passing them on.
    const countingFetch: typeof fetch = (input, init) => {
      if (String(input).endsWith('/relations')) relationsCalls.push(String(input));
      return fetch(input, init);
    };
    running = await startTestService({
      router: createAccessTestRouter(denials),
      config: { oidcIssuer: identity.idp.issuer, logLevel: 'info' },
      fetch: countingFetch,
    });
  }, 30_000);
  afterAll(async () => {
    await running?.service.close();
    await identity?.close();
  });
  beforeEach(() => {
    denials.length = 0;
    relationsCalls.length = 0;
  });

  const mine = async (person: Parameters<IdentityFixture['tokenOf']>[0] | undefined, actingFor?: string) =>
    callProcedure(running.service.url, 'notes.mine', {
      token: person ? await identity.tokenOf(person) : undefined,
      actingFor,
    });

  it('lists whom a resident may act for in the scope: a child under 12, not a minor who has not allowed it', async () => {
    const token = await identity.tokenOf('guardianAnna');
    for (const actingFor of [undefined, s.childEetuUnder12]) {
      const result = await callProcedure(running.service.url, 'notes.actedFor', { token, actingFor });
      expect(result.status, result.text).toBe(200);
      expect(result.data).toEqual([
        { subject: s.childEetuUnder12, relation: 'guardian', name: { given: 'Eetu', family: 'Virtanen' } },
      ]);
    }
    const alone = await callProcedure(running.service.url, 'notes.actedFor', {
      token: await identity.tokenOf('englishSpeakerEmily'),
    });
    expect(alone.data).toEqual([]);
  });

  it('refuses an anonymous caller with UNAUTHENTICATED and staff with FORBIDDEN', async () => {
    const anonymous = await mine(undefined);
    expect([anonymous.status, anonymous.code]).toEqual([401, 'UNAUTHENTICATED']);
    const staff = await mine('nurseSari');
    expect([staff.status, staff.code]).toEqual([403, 'FORBIDDEN']);
    expect(denials).toEqual([]);
  });

  it('lets a resident work on their own data without asking the relations service', async () => {
    for (const actingFor of [undefined, s.guardianAnna]) {
      const result = await mine('guardianAnna', actingFor);
      expect(result.data).toEqual({
        subjectPerson: {
          subject: s.guardianAnna,
          relation: 'self',
          name: { given: 'Anna', family: 'Virtanen' },
        },
        auditContext: {
          requestId: expect.any(String),
          actor: { subject: s.guardianAnna, kind: 'self', role: null, unitId: null, actingForSubject: null },
        },
      });
    }
    expect(relationsCalls).toEqual([]);
  });

  it.each([
    ['a guardian for a child under 12', 'guardianAnna', 'childEetuUnder12', 'guardian'],
    [
      'a guardian for a 16-year-old who allows booking',
      'guardianMikko',
      'minorOskari16AllowsBooking',
      'guardian',
    ],
    [
      'a mandate holder for the person who gave the mandate',
      'mandateHolderPekka',
      'elderlyAuneWithMandate',
      'mandate-holder',
    ],
  ] as const)('lets %s act for them', async (_name, actor, subject, relation) => {
    const result = await mine(actor, s[subject]);
    expect(result.data).toMatchObject({
      // The acted-for person's name comes from the relations service (a day list shows who comes).
      subjectPerson: {
        subject: s[subject],
        relation,
        name: { given: expect.any(String), family: expect.any(String) },
      },
      auditContext: { actor: { subject: s[actor], kind: relation, actingForSubject: s[subject] } },
    });
  });

  it.each([
    [
      'a guardian for a 14-year-old who has not allowed it',
      'guardianAnna',
      'minorAino14NotAllowed',
      'guardian',
    ],
    [
      'a guardian for a child with a non-disclosure marking',
      'guardianMikko',
      'childEllaNonDisclosure',
      undefined,
    ],
    ['another resident for someone else’s child', 'englishSpeakerEmily', 'childEetuUnder12', undefined],
  ] as const)(
    'refuses %s with ACTING_FOR_NOT_ALLOWED and audits it',
    async (_name, actor, subject, relation) => {
      const result = await mine(actor, s[subject]);
      expect([result.status, result.code]).toEqual([403, 'ACTING_FOR_NOT_ALLOWED']);
      // No data in the refusal: not whose it is, not why.
      const { given, family } = testResident(subject).name;
      for (const secret of [s[subject], s[actor], given, family, 'NON_DISCLOSURE', 'MINOR']) {
        expect(result.text).not.toContain(secret);
      }
      expect(denials).toEqual([
        {
          auditContext: {
            requestId: expect.any(String),
            actor: {
              subject: s[actor],
              kind: relation ?? 'self',
              role: null,
              unitId: null,
              actingForSubject: s[subject],
            },
          },
          // Into the person's own trail only when the relations service names the relation.
          entry: {
            action: 'read',
            resourceType: 'test-notes',
            purpose: 'testing',
            subjectPerson: relation ? s[subject] : null,
          },
        },
      ]);
    },
  );

  it('judges each scope on its own, and audits an undeclared procedure by its path', async () => {
    const result = await callProcedure(running.service.url, 'notes.feedbackScope', {
      token: await identity.tokenOf('guardianMikko'),
      actingFor: s.minorOskari16AllowsBooking,
      mutation: true,
    });
    expect(result.code).toBe('ACTING_FOR_NOT_ALLOWED');
    expect(denials[0]?.entry).toEqual({
      action: 'update',
      resourceType: 'notes.feedbackScope',
      purpose: 'notes.feedbackScope',
      subjectPerson: s.minorOskari16AllowsBooking,
    });
  });

  it('refuses an identity code in X-Acting-For without a lookup, a row or a log line holding it', async () => {
    const code = testResident('childEetuUnder12').identityCode;
    const result = await mine('guardianAnna', code);
    expect(result.code).toBe('ACTING_FOR_NOT_ALLOWED');
    expect(result.text).not.toContain(code);
    expect(relationsCalls).toEqual([]);
    expect(denials).toEqual([]);
    expect(running.logs.text()).not.toContain(code);
  });

  it('asks the relations service once for the calls of a batch, and again on the next request', async () => {
    const token = await identity.tokenOf('mandateHolderPekka');
    const response = await fetch(`${running.service.url}/trpc/notes.mine,notes.mine?batch=1`, {
      headers: { authorization: `Bearer ${token}`, 'x-acting-for': s.elderlyAuneWithMandate },
    });
    expect(response.status).toBe(200);
    expect(relationsCalls).toHaveLength(1);
    const again = await callProcedure(running.service.url, 'notes.mine', {
      token,
      actingFor: s.elderlyAuneWithMandate,
    });
    expect(again.status).toBe(200);
    expect(relationsCalls).toHaveLength(2);
  });

  it('stops a guardian acting for a minor on the first request after the minor withdraws consent', async () => {
    const guardianToken = await identity.tokenOf('guardianMikko');
    const minorToken = await identity.tokenOf('minorOskari16AllowsBooking');
    const setConsent = async (scopes: string[]) => {
      const answer = await fetch(`${identity.idp.issuer}/relations/guardians/${s.guardianMikko}/consent`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${minorToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ scopes }),
      });
      expect(answer.ok).toBe(true);
    };
    const actForOskari = () =>
      callProcedure(running.service.url, 'notes.mine', { token: guardianToken, actingFor: s.minorOskari16AllowsBooking });

    expect((await actForOskari()).status).toBe(200);
    await setConsent([]);
    try {
      const refused = await actForOskari();
      expect([refused.status, refused.code]).toEqual([403, 'ACTING_FOR_NOT_ALLOWED']);
    } finally {
      await setConsent(['booking']);
    }
    expect((await actForOskari()).status).toBe(200);
  });
});

describe('residentProcedure when the relations service fails', () => {
  let identity: IdentityFixture;
  beforeAll(async () => {
    identity = await startIdentityFixture();
  }, 30_000);
  afterAll(() => identity?.close());

  async function withRelationsAt(relationsUrl: string, run: (url: string) => Promise<void>) {
    const denials: RecordedDenial[] = [];
    const running = await startTestService({
      router: createAccessTestRouter(denials),
      config: { oidcIssuer: identity.idp.issuer, relationsUrl },
    });
    try {
      await run(running.service.url);
      expect(denials).toEqual([]);
    } finally {
      await running.service.close();
    }
  }

  it('answers 503 RELATIONS_UNAVAILABLE, never a grant, when it answers with an error', async () => {
    const broken = createServer((_request, response) => response.writeHead(500).end());
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const { port } = broken.address() as { port: number };
    try {
      await withRelationsAt(`http://127.0.0.1:${port}/relations`, async (url) => {
        const token = await identity.tokenOf('guardianAnna');
        const result = await callProcedure(url, 'notes.mine', { token, actingFor: s.childEetuUnder12 });
        expect([result.status, result.code]).toEqual([503, 'RELATIONS_UNAVAILABLE']);
        // Acting for oneself needs no relations.
        expect((await callProcedure(url, 'notes.mine', { token })).status).toBe(200);
      });
    } finally {
      await new Promise<void>((resolve) => broken.close(() => resolve()));
    }
  });

  it('answers 503 RELATIONS_UNAVAILABLE when it cannot be reached', async () => {
    await withRelationsAt('http://127.0.0.1:9/relations', async (url) => {
      const token = await identity.tokenOf('guardianAnna');
      const result = await callProcedure(url, 'notes.mine', { token, actingFor: s.childEetuUnder12 });
      expect([result.status, result.code]).toEqual([503, 'RELATIONS_UNAVAILABLE']);
    });
  });
});
