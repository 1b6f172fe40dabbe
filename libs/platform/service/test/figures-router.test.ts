import { TEST_UNIT_IDS } from '@asiointi/dev-idp';
import { type IdentityFixture, startIdentityFixture } from '@asiointi/dev-idp/testing';
import { figuresListSchema, shareFigure, type Figure } from '@asiointi/platform-contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callProcedure } from '../src/testing';
import { createFiguresTestRouter, type FiguresTestModule, visitsInTime } from './support/figures-test-router';
import { startTestService } from './support/start-test-service';

const { centralHealthCentre, northHealthCentre, familyCentre } = TEST_UNIT_IDS;
const february = { from: '2027-02-01', until: '2027-02-28' };

describe('createFiguresRouter: figures.list', () => {
  let identity: IdentityFixture;
  let running: Awaited<ReturnType<typeof startTestService>>;
  const module: FiguresTestModule = { queries: [], callerRoles: [], extra: [] };
  beforeAll(async () => {
    identity = await startIdentityFixture();
    running = await startTestService({
      router: createFiguresTestRouter(module),
      config: { oidcIssuer: identity.idp.issuer },
    });
  }, 30_000);
  afterAll(async () => {
    await running?.service.close();
    await identity?.close();
  });
  beforeEach(() => {
    module.queries.length = 0;
    module.callerRoles.length = 0;
    module.extra.length = 0;
  });

  const list = async (person: Parameters<IdentityFixture['tokenOf']>[0] | undefined, input: object) =>
    callProcedure(running.service.url, 'figures.list', {
      token: person ? await identity.tokenOf(person) : undefined,
      input,
    });
  const unitsIn = (data: unknown) =>
    figuresListSchema.parse(data).figures.map((figure) => figure.dimensions.unitId);

  it('answers a manager with the figures of every unit they manage, under the module’s name', async () => {
    const result = await list('managerMarkku', february);
    expect(result.status, result.text).toBe(200);
    const answer = figuresListSchema.parse(result.data);
    expect(answer.module).toBe('test-module');
    expect(module.queries).toEqual([{ unitIds: [centralHealthCentre, familyCentre], ...february }]);
    expect(unitsIn(result.data)).toEqual([
      centralHealthCentre,
      centralHealthCentre,
      familyCentre,
      familyCentre,
    ]);
    expect(answer.figures[0]).toMatchObject({
      id: 'test.visits-in-time',
      value: 0.75,
      n: 4,
      period: february,
    });
  });

  it('lets the module’s own staff role in, for the units where they hold it', async () => {
    const result = await list('bookingAdminLiisa', { ...february, unitIds: [northHealthCentre] });
    expect(result.status, result.text).toBe(200);
    expect(module.queries).toEqual([{ unitIds: [northHealthCentre], ...february }]);
    expect(module.callerRoles).toEqual([['booking-admin']]);
  });

  it.each([
    ['anonymous', undefined, 401, 'UNAUTHENTICATED'],
    ['a resident', 'guardianAnna', 403, 'FORBIDDEN'],
    ['staff in none of the roles', 'nurseSari', 403, 'FORBIDDEN'],
  ] as const)('refuses %s', async (_name, person, status, code) => {
    const result = await list(person, february);
    expect([result.status, result.code]).toEqual([status, code]);
    expect(module.queries).toEqual([]);
  });

  it('refuses the whole request when one asked unit is not the caller’s, naming no unit', async () => {
    const result = await list('bookingAdminLiisa', {
      ...february,
      unitIds: [centralHealthCentre, familyCentre],
    });
    expect([result.status, result.code]).toEqual([403, 'FORBIDDEN']);
    expect(result.text).not.toContain(familyCentre);
    expect(module.queries).toEqual([]);
  });

  it('asks each unit once, and passes the figure ids on without repeats', async () => {
    const result = await list('bookingAdminLiisa', {
      ...february,
      unitIds: [centralHealthCentre, centralHealthCentre],
      figureIds: ['test.days-to-visit', 'test.days-to-visit'],
    });
    expect(result.status, result.text).toBe(200);
    expect(module.queries).toEqual([
      { unitIds: [centralHealthCentre], ...february, figureIds: ['test.days-to-visit'] },
    ]);
    // The module ignored the ids; the builder keeps only the figures asked for.
    expect(figuresListSchema.parse(result.data).figures.map((figure) => figure.id)).toEqual([
      'test.days-to-visit',
    ]);
  });

  it('never sends a figure of a unit that was not asked, even when the module computes one', async () => {
    module.extra.push(
      shareFigure(
        visitsInTime,
        { period: february, computedAt: '2027-03-04T13:00:00.000Z', dimensions: { unitId: familyCentre } },
        { numerator: 1, denominator: 2 },
      ),
    );
    const result = await list('bookingAdminLiisa', { ...february, unitIds: [centralHealthCentre] });
    expect(result.status, result.text).toBe(200);
    expect(unitsIn(result.data)).toEqual([centralHealthCentre, centralHealthCentre]);
    expect(running.logs.text()).toContain('figures of units not asked');
    expect(running.logs.text()).not.toContain(familyCentre);
  });

  it('never sends an inconsistent figure: a suppressed one carrying its count is a server error', async () => {
    const leaky: Figure = {
      ...shareFigure(
        visitsInTime,
        { period: february, computedAt: '2027-03-04T13:00:00.000Z', dimensions: {} },
        { numerator: 2, denominator: 3 },
      ),
      value: null,
      status: 'suppressed',
      suppression: { threshold: 5 },
    };
    module.extra.push(leaky);
    const result = await list('bookingAdminLiisa', { ...february, unitIds: [centralHealthCentre] });
    expect([result.status, result.code]).toEqual([500, 'INTERNAL']);
    expect(result.text).not.toMatch(/"(numerator|denominator|n)"/);
  });

  it('refuses a query outside the contract with a typed error', async () => {
    const refused = [
      { from: '2027-02-28', until: '2027-02-01' },
      { from: '2026-01-01', until: '2027-02-01' },
      { ...february, unitIds: ['not-a-unit'] },
      { ...february, unitId: centralHealthCentre },
    ];
    for (const input of refused) {
      const result = await list('managerMarkku', input);
      expect([result.status, result.code], JSON.stringify(input)).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(module.queries).toEqual([]);
  });
});
