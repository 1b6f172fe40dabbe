// The reports and the staff pulse over HTTP, on PGlite and PostgreSQL, with the dev identity provider's
// staff: authorisation by unit, suppression (also when a filter narrows the group), exports, comments,
// the staff pulse's once-a-month anonymous answer, and the figures.
import { TEST_UNIT_IDS } from '@asiointi/dev-idp';
import { startIdentityFixture, type IdentityFixture } from '@asiointi/dev-idp/testing';
import {
  answers,
  auditLog,
  feedbackDatabaseDefinition,
  rememberServiceName,
  staffPulseMarkers,
} from '@asiointi/feedback-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import {
  createService,
  createUnitDirectory,
  readServiceConfig,
  type RunningService,
} from '@asiointi/platform-service';
import { callProcedure } from '@asiointi/platform-service/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { feedbackContextFactory, feedbackRouter } from '../src/index';
import { insertAnswers, repeat } from './support/feedback-answers';

const central = TEST_UNIT_IDS.centralHealthCentre;
const family = TEST_UNIT_IDS.familyCentre;
const north = TEST_UNIT_IDS.northHealthCentre;
const now = new Date('2026-03-15T10:00:00Z');

const reportOf = (unitId: string, month: string, extra: Record<string, unknown> = {}) => ({
  unitId,
  audience: 'client',
  setKey: 'general',
  fromMonth: month,
  untilMonth: month,
  ...extra,
});

interface Cell {
  answers: number;
  nps: { score: number; n: number; interval95: { low: number; high: number } } | null;
  statements: {
    questionId: string;
    result: { mean: number; n: number; cannotSay: number; skipped: number } | null;
  }[];
}
interface Report {
  total: Cell | null;
  byMonth: { month: string; result: Cell | null }[];
  byChannel: { channel: string; result: Cell | null }[] | null;
  byService: { serviceCode: string | null; serviceName: { fi: string } | null; result: Cell | null }[] | null;
}

describeOnDatabases('feedback reports over HTTP', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);
  let identity: IdentityFixture;
  let service: RunningService;
  const token = (key: Parameters<IdentityFixture['tokenOf']>[0]) => identity.tokenOf(key);

  beforeAll(async () => {
    identity = await startIdentityFixture();
    const config = readServiceConfig({}, { port: 0, logLevel: 'silent', oidcIssuer: identity.idp.issuer });
    service = await createService({
      name: 'feedback',
      config,
      router: feedbackRouter,
      database: { ping: async () => {}, close: async () => {} },
      createContext: feedbackContextFactory({
        db: database().db,
        units: createUnitDirectory(config),
        now: () => now,
      }),
    });
  });
  afterAll(async () => {
    await service?.close();
    await identity?.close();
  });

  const report = async (
    input: unknown,
    key: Parameters<IdentityFixture['tokenOf']>[0] = 'feedbackAnalystHeidi',
  ) => callProcedure<Report>(service.url, 'reports.unit', { token: await token(key), input });

  it('withholds a group below the threshold exactly like an empty one, and shows it at the threshold', async () => {
    await insertAnswers(database().db, [
      ...[10, 10, 9, 6].map((recommendation) => ({ unitId: central, month: '2026-01', recommendation })),
    ]);
    const small = await report(reportOf(central, '2026-01'));
    expect(small.status).toBe(200);
    const empty = await report(reportOf(central, '2025-12'));
    expect(small.data?.total).toBeNull();
    expect({ ...small.data, byMonth: undefined }).toEqual({ ...empty.data, byMonth: undefined });
    expect(small.data?.byMonth).toEqual([{ month: '2026-01', result: null }]);

    await insertAnswers(database().db, [{ unitId: central, month: '2026-01', recommendation: 8 }]);
    const shown = await report(reportOf(central, '2026-01'));
    // Promoters 3, passive 1, detractor 1: 100 × (3 − 1) / 5 = 40.
    expect(shown.data?.total).toMatchObject({ answers: 5, nps: { score: 40, n: 5 } });
  });

  it('lets only feedback analysts and managers of the unit read its reports', async () => {
    expect((await report(reportOf(central, '2026-01'), 'managerMarkku')).status).toBe(200);
    expect((await report(reportOf(north, '2026-01'))).code).toBe('FORBIDDEN');
    expect((await report(reportOf(central, '2026-01'), 'nurseSari')).code).toBe('FORBIDDEN');
    expect((await report(reportOf(north, '2026-01'), 'nurseNorthTuomas')).code).toBe('FORBIDDEN');
    const anonymous = await callProcedure(service.url, 'reports.unit', {
      input: reportOf(central, '2026-01'),
    });
    expect(anonymous.code).toBe('UNAUTHENTICATED');
  });

  it('withholds a second channel beside a small one, and a report narrowed to a channel agrees', async () => {
    await insertAnswers(database().db, [
      ...repeat(9, {
        unitId: family,
        month: '2026-02',
        channel: 'onSite',
        recommendation: 10,
        statements: { access: 4 },
      }),
      ...repeat(6, {
        unitId: family,
        month: '2026-02',
        channel: 'phone',
        recommendation: 7,
        statements: { access: 'cannotSay' },
      }),
      ...repeat(2, {
        unitId: family,
        month: '2026-02',
        channel: 'video',
        recommendation: 0,
        comment: 'Soittakaa 040 123 4567',
      }),
    ]);
    const whole = await report(reportOf(family, '2026-02'));
    // 9 promoters, 6 passives, 2 detractors: 100 × 7 / 17 = 41.18.
    expect(whole.data?.total?.answers).toBe(17);
    expect(whole.data?.total?.nps?.score).toBeCloseTo(41.18, 2);
    expect(whole.data?.total?.statements).toEqual([
      { questionId: 'access', theme: 'access', result: { mean: 4, n: 9, cannotSay: 6, skipped: 0 } },
    ]);
    const channels = Object.fromEntries(
      whole.data!.byChannel!.map(({ channel, result }) => [channel, result?.answers ?? null]),
    );
    expect(channels).toEqual({ onSite: 9, phone: null, video: null, message: null, unknown: null });
    for (const channel of ['phone', 'video']) {
      const narrowed = await report(reportOf(family, '2026-02', { channel }));
      expect(narrowed.data?.total).toBeNull();
    }
    expect((await report(reportOf(family, '2026-02', { channel: 'onSite' }))).data?.total?.answers).toBe(9);
  });

  it('names services as their producer last named them, never by code alone', async () => {
    await rememberServiceName(database().db, 'physician', {
      fi: 'Lääkärin vastaanotto',
      sv: 'Läkarmottagning',
      en: 'Doctor’s appointment',
    });
    await insertAnswers(database().db, [
      ...repeat(5, {
        unitId: family,
        month: '2025-06',
        channel: 'onSite',
        serviceCode: 'physician',
        recommendation: 9,
      }),
      ...repeat(5, {
        unitId: family,
        month: '2025-06',
        channel: 'onSite',
        serviceCode: 'lab-test',
        recommendation: 8,
      }),
    ]);
    const whole = await report(reportOf(family, '2025-06'));
    expect(
      whole.data?.byService?.map(({ serviceCode, serviceName }) => [serviceCode, serviceName?.fi ?? null]),
    ).toEqual([
      ['lab-test', null],
      ['physician', 'Lääkärin vastaanotto'],
    ]);
  });

  it('answers a malformed or contradictory query with a typed refusal', async () => {
    for (const input of [
      reportOf(family, '2026-02', { channel: 'phone', serviceCode: 'nurse' }),
      { ...reportOf(family, '2026-02'), untilMonth: '2025-01' },
      { ...reportOf(family, '2026-02'), fromMonth: '2020-01', untilMonth: '2026-02' },
    ])
      expect((await report(input)).code).toBe('VALIDATION_FAILED');
  });

  it('exports CSV for Finnish Excel with withheld groups as empty cells', async () => {
    const answer = await callProcedure<{ content: string; mediaType: string }>(
      service.url,
      'reports.exportCsv',
      {
        token: await token('managerMarkku'),
        input: reportOf(family, '2026-02'),
        headers: { 'accept-language': 'fi' },
      },
    );
    expect(answer.status).toBe(200);
    const lines = answer.data!.content.split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFRyhmä;;Vastauksia;NPS;')).toBe(true);
    expect(lines[1]).toMatch(/^Ryhmä;Koko jakso;17;41,18;/);
    expect(lines).toContain('Asiointikanava;Puhelin;;;;;;;;;;;');
  });

  it('exports for national collection by the units’ SOTE register OIDs', async () => {
    const answer = await callProcedure<{
      rows: { unitOid: string; month: string; setVersion: number; n: number }[];
    }>(service.url, 'reports.exportNational', {
      token: await token('feedbackAnalystHeidi'),
      input: { setKey: 'general', fromMonth: '2026-01', untilMonth: '2026-02' },
    });
    expect(answer.status).toBe(200);
    expect(
      answer.data?.rows.map(({ unitOid, month, setVersion, n }) => ({ unitOid, month, setVersion, n })),
    ).toEqual([
      { unitOid: '1.2.246.10.1234567.10.1', month: '2026-01', setVersion: 1, n: 5 },
      { unitOid: '1.2.246.10.1234567.10.5', month: '2026-02', setVersion: 1, n: 17 },
    ]);
  });

  it('lists the comments of a shown group masked, logs the reading, and lists none of a withheld group', async () => {
    const before = await database().db.$count(auditLog);
    const call = async (input: unknown) =>
      callProcedure<{ comments: string[] }>(service.url, 'reports.comments', {
        token: await token('feedbackAnalystHeidi'),
        input,
      });
    const shown = await call(reportOf(family, '2026-02'));
    expect(shown.data?.comments).toEqual(['Soittakaa [•••]', 'Soittakaa [•••]']);
    expect(await database().db.$count(auditLog)).toBe(before + 1);
    const [logged] = await database().db.select().from(auditLog).orderBy(auditLog.id).limit(1).offset(before);
    expect(logged).toMatchObject({ resourceType: 'feedback-comments', action: 'read' });
    expect((await call(reportOf(family, '2026-02', { channel: 'video' }))).data?.comments).toEqual([]);
  });

  it('serves the open month as its unit total only: no channel breakdown, nothing narrowed, no comments', async () => {
    await insertAnswers(database().db, [
      ...repeat(6, {
        unitId: family,
        month: '2026-03',
        channel: 'onSite',
        recommendation: 10,
        comment: 'Hyvä',
      }),
      ...repeat(6, { unitId: family, month: '2026-03', channel: 'phone', recommendation: 5 }),
    ]);
    const open = await report(reportOf(family, '2026-03'));
    expect(open.data?.total?.answers).toBe(12);
    expect(open.data?.byChannel?.every(({ result }) => result === null)).toBe(true);
    expect((await report(reportOf(family, '2026-03', { channel: 'onSite' }))).data?.total).toBeNull();
    const both = await report({ ...reportOf(family, '2026-02'), untilMonth: '2026-03' });
    expect(both.data?.total?.answers).toBe(29);
    // The channel cell is February's alone.
    expect(both.data?.byChannel?.find(({ channel }) => channel === 'onSite')?.result?.answers).toBe(9);
    const comments = await callProcedure<{ comments: string[] }>(service.url, 'reports.comments', {
      token: await token('feedbackAnalystHeidi'),
      input: { ...reportOf(family, '2026-02'), untilMonth: '2026-03' },
    });
    expect(comments.data?.comments).toEqual(['Soittakaa [•••]', 'Soittakaa [•••]']);
  });

  it('takes a staff member’s pulse once a month, unlinked to them, and shows it beside the clients’ under the same threshold', async () => {
    // The national staff pulse, published as version 1 by the module's migrations.
    const sari = await token('nurseSari');
    const status = await callProcedure<{
      answeredThisMonth: boolean;
      month: string;
      questionSet: { version: number };
    }>(service.url, 'staffPulse.status', { token: sari, input: { unitId: central } });
    expect(status.data).toMatchObject({
      answeredThisMonth: false,
      month: '2026-03',
      questionSet: { version: 1 },
    });
    const sheet = {
      setKey: 'staff-pulse',
      setVersion: 1,
      answers: [
        { kind: 'recommendation', questionId: 'recommendation', value: 9 },
        { kind: 'statement', questionId: 'time-for-clients', value: 4 },
      ],
    };
    const answer = (input: unknown) =>
      callProcedure(service.url, 'staffPulse.answer', { token: sari, input, mutation: true });
    const misfit = await answer({
      unitId: central,
      sheet: { ...sheet, answers: [{ kind: 'statement', questionId: 'recommendation', value: 3 }] },
    });
    expect(misfit.code).toBe('STAFF_PULSE_ANSWERS_DO_NOT_FIT');
    expect((await answer({ unitId: central, sheet })).status).toBe(200);
    const again = await answer({ unitId: central, sheet });
    expect(again.code).toBe('STAFF_PULSE_ALREADY_ANSWERED');
    expect((await answer({ unitId: north, sheet })).code).toBe('FORBIDDEN');

    const staffRows = await database().db.select().from(answers).where(eq(answers.audience, 'staff'));
    expect(staffRows).toHaveLength(1);
    expect(staffRows[0]).toMatchObject({
      unitId: central,
      month: '2026-03-01',
      setKey: 'staff-pulse',
      recommendation: 9,
    });
    const markers = await database().db.select().from(staffPulseMarkers);
    expect(markers).toHaveLength(1);
    expect(markers[0]!.marker).toMatch(/^[0-9a-f]{64}$/);

    const sideBySide = await callProcedure<{ unitId: string; client: Cell | null; staff: Cell | null }[]>(
      service.url,
      'reports.sideBySide',
      {
        token: await token('feedbackAnalystHeidi'),
        input: { clientSetKey: 'general', fromMonth: '2026-01', untilMonth: '2026-03' },
      },
    );
    const centralRow = sideBySide.data?.find((row) => row.unitId === central);
    expect(centralRow?.client?.answers).toBe(5);
    expect(centralRow?.staff).toBeNull();
  });

  it('gives a manager the NPS and core-statement figures by unit and month, withheld below the threshold', async () => {
    const answer = await callProcedure<{
      figures: {
        id: string;
        value: number | null;
        n: number;
        status: string;
        dimensions: { unitId?: string };
      }[];
    }>(service.url, 'figures.list', {
      token: await token('managerMarkku'),
      input: { from: '2026-02-01', until: '2026-02-28' },
    });
    expect(answer.status).toBe(200);
    const figure = (id: string, unitId: string) =>
      answer.data?.figures.find((candidate) => candidate.id === id && candidate.dimensions.unitId === unitId);
    expect(figure('feedback.nps', family)).toMatchObject({ status: 'ok', n: 17 });
    expect(figure('feedback.nps', family)?.value).toBeCloseTo(41.18, 2);
    expect(figure('feedback.core-statement-access', family)).toMatchObject({ status: 'ok', value: 4, n: 9 });
    expect(figure('feedback.nps', central)).toMatchObject({ status: 'suppressed', value: null, n: 0 });
  });
});
