// The booking service as deployed (startBookingService) with the dev identity provider: its configuration
// reaches the token check and the relations service, over real HTTP.
import { TEST_SUBJECTS as s } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleService } from '@asiointi/platform-service';
import { bookingService } from '../src/booking-service';
import { useBookingService } from './start-on-engine';
import { callProcedure } from '@asiointi/platform-service/testing';
import { type IdentityFixture, startIdentityFixture } from '@asiointi/dev-idp/testing';

let identity: IdentityFixture;
beforeAll(async () => {
  identity = await startIdentityFixture();
}, 30_000);
afterAll(() => identity?.close());

describeOnDatabases('booking service access over HTTP', (engine) => {
  const service = useBookingService(engine, () => ({ oidcIssuer: identity.idp.issuer }));
  const kaijonharjuNurse = async () => {
    const result = await callProcedure(service().url, 'services.listByUnit', {
      input: { unitId: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01' },
    });
    return (result.data as { id: string; code: string }[]).find((item) => item.code === 'nurse-appointment')
      ?.id;
  };
  const tuiraService = async () => {
    const result = await callProcedure(service().url, 'services.listByUnit', {
      input: { unitId: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a02' },
    });
    return (result.data as { id: string }[])[0]?.id;
  };

  it.each([
    ['anonymous', undefined, undefined, 401, 'UNAUTHENTICATED'],
    ['the resident themself', 'englishSpeakerEmily', undefined, 200, undefined],
    ['a guardian for a child under 12', 'guardianAnna', s.childEetuUnder12, 200, undefined],
    [
      'a guardian for a 14-year-old who has not allowed it',
      'guardianAnna',
      s.minorAino14NotAllowed,
      403,
      'ACTING_FOR_NOT_ALLOWED',
    ],
    [
      'a guardian for a child with a non-disclosure marking',
      'guardianMikko',
      s.childEllaNonDisclosure,
      403,
      'ACTING_FOR_NOT_ALLOWED',
    ],
    [
      'another resident for a child',
      'englishSpeakerEmily',
      s.childEetuUnder12,
      403,
      'ACTING_FOR_NOT_ALLOWED',
    ],
    ['staff', 'bookingAdminLiisa', undefined, 403, 'FORBIDDEN'],
  ] as const)('preferences.get by %s', async (_name, person, actingFor, status, code) => {
    const result = await callProcedure(service().url, 'preferences.get', {
      token: person ? await identity.tokenOf(person) : undefined,
      actingFor,
    });
    expect([result.status, result.code]).toEqual([status, code]);
  });

  it.each([
    ['the booking administrator of the unit', 'bookingAdminLiisa', 'own', 200, undefined],
    ['a booking administrator of another unit', 'bookingAdminLiisa', 'other', 403, 'FORBIDDEN'],
    ['a nurse of the unit', 'nurseSari', 'own', 403, 'FORBIDDEN'],
    ['a resident', 'guardianAnna', 'own', 403, 'FORBIDDEN'],
  ] as const)('serviceTypes.setSelfBookable by %s', async (_name, person, unit, status, code) => {
    const serviceTypeId = unit === 'own' ? await kaijonharjuNurse() : await tuiraService();
    const result = await callProcedure(service().url, 'serviceTypes.setSelfBookable', {
      token: await identity.tokenOf(person),
      input: { serviceTypeId, selfBookable: true },
      mutation: true,
    });
    expect([result.status, result.code]).toEqual([status, code]);
  });

  const badTokens: [string, () => Promise<string>][] = [
    ['a wrong signature', () => identity.mint({ forged: true })],
    ['a wrong audience', () => identity.mint({ audience: 'asiointi-shell' })],
    ['an expired token', () => identity.mint({ expiresIn: -120 })],
    ['alg none', async () => identity.unsigned()],
  ];

  it.each(badTokens)(
    'refuses %s with 401 UNAUTHENTICATED, on public procedures too',
    async (_name, token) => {
      const bad = await token();
      for (const procedure of ['preferences.get', 'units.list']) {
        const result = await callProcedure(service().url, procedure, { token: bad });
        expect([result.status, result.code], procedure).toEqual([401, 'UNAUTHENTICATED']);
      }
      // The same claims with a proper signature pass: the one thing changed is what was refused.
      expect(
        (await callProcedure(service().url, 'preferences.get', { token: await identity.mint() })).status,
      ).toBe(200);
    },
  );
});

describe('booking service when the relations service is down', () => {
  it('answers 503 RELATIONS_UNAVAILABLE for acting on behalf, and still serves a resident’s own data', async () => {
    const service = await startModuleService(bookingService, {
      port: 0,
      logLevel: 'silent',
      oidcIssuer: identity.idp.issuer,
      relationsUrl: 'http://127.0.0.1:9/relations',
    });
    try {
      const token = await identity.tokenOf('guardianAnna');
      const acting = await callProcedure(service.url, 'preferences.get', {
        token,
        actingFor: s.childEetuUnder12,
      });
      expect([acting.status, acting.code]).toEqual([503, 'RELATIONS_UNAVAILABLE']);
      expect((await callProcedure(service.url, 'preferences.get', { token })).status).toBe(200);
    } finally {
      await service.close();
    }
  }, 60_000);
});
