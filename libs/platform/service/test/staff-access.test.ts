import { TEST_SUBJECTS, TEST_UNIT_IDS } from '@asiointi/dev-idp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccessTestRouter, type RecordedDenial } from './support/access-test-router';
import { callProcedure } from '../src/testing';
import { type IdentityFixture, startIdentityFixture } from '@asiointi/dev-idp/testing';
import { startTestService } from './support/start-test-service';

const otherUnit = '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a02';

describe('staffProcedure', () => {
  let identity: IdentityFixture;
  let running: Awaited<ReturnType<typeof startTestService>>;
  const denials: RecordedDenial[] = [];
  beforeAll(async () => {
    identity = await startIdentityFixture();
    running = await startTestService({
      router: createAccessTestRouter(denials),
      config: { oidcIssuer: identity.idp.issuer },
    });
  }, 30_000);
  afterAll(async () => {
    await running?.service.close();
    await identity?.close();
  });
  beforeEach(() => {
    denials.length = 0;
  });

  const administer = async (person: Parameters<IdentityFixture['tokenOf']>[0] | undefined, input: object) =>
    callProcedure(running.service.url, 'units.administer', {
      token: person ? await identity.tokenOf(person) : undefined,
      input,
    });

  it('lets a staff member act in a unit where they hold the role, and names role and unit for the audit', async () => {
    const result = await administer('bookingAdminLiisa', { unitId: TEST_UNIT_IDS.northHealthCentre });
    expect(result.data).toEqual({
      role: 'booking-admin',
      unitId: TEST_UNIT_IDS.northHealthCentre,
      actor: {
        subject: TEST_SUBJECTS.bookingAdminLiisa,
        kind: 'staff',
        role: 'booking-admin',
        unitId: TEST_UNIT_IDS.northHealthCentre,
        actingForSubject: null,
      },
    });
  });

  it.each([
    ['anonymous', undefined, 401, 'UNAUTHENTICATED'],
    ['a resident', 'guardianAnna', 403, 'FORBIDDEN'],
    ['staff without the role anywhere', 'nurseSari', 403, 'FORBIDDEN'],
    ['staff with the role in other units only', 'bookingAdminLiisa', 403, 'FORBIDDEN'],
  ] as const)('refuses %s', async (_name, person, status, code) => {
    const result = await administer(person, { unitId: otherUnit });
    expect([result.status, result.code]).toEqual([status, code]);
    expect(result.text).not.toContain(otherUnit);
    expect(denials).toEqual([]);
  });

  it('audits a refusal in another unit when the data is a person’s', async () => {
    const result = await administer('bookingAdminLiisa', {
      unitId: otherUnit,
      subjectPerson: TEST_SUBJECTS.childEetuUnder12,
    });
    expect(result.code).toBe('FORBIDDEN');
    expect(denials).toEqual([
      {
        auditContext: {
          requestId: expect.any(String),
          actor: {
            subject: TEST_SUBJECTS.bookingAdminLiisa,
            kind: 'staff',
            role: null,
            unitId: null,
            actingForSubject: null,
          },
        },
        entry: {
          action: 'read',
          resourceType: 'units.administer',
          purpose: 'units.administer',
          subjectPerson: TEST_SUBJECTS.childEetuUnder12,
        },
      },
    ]);
  });

  it('accepts any of several roles and lists the ones held', async () => {
    const result = await callProcedure(running.service.url, 'units.anyRole', {
      token: await identity.tokenOf('managerMarkku'),
    });
    expect(result.data).toEqual([
      { role: 'manager', unitId: TEST_UNIT_IDS.centralHealthCentre },
      { role: 'manager', unitId: TEST_UNIT_IDS.familyCentre },
    ]);
    const refused = await callProcedure(running.service.url, 'units.anyRole', {
      token: await identity.tokenOf('bookingAdminLiisa'),
    });
    expect(refused.code).toBe('FORBIDDEN');
  });
});
