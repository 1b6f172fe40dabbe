import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildProtectedReport,
  presentCell,
  protectMonths,
  type BaseCell,
  type GroupTally,
  type ProtectedReport,
  type ReportNarrowing,
} from '../src/report-suppression';

const tally = (answers: number): GroupTally => ({
  answers,
  nps: { promoters: answers, passives: 0, detractors: 0, skipped: 0 },
  statements: {},
});
const cell = (
  month: string,
  channel: string,
  answers: number,
  service: string | null = 's',
  version = 1,
): BaseCell => ({
  month,
  channel,
  service,
  version,
  tally: tally(answers),
});

describe('small-group suppression', () => {
  it('withholds a month below the threshold and all its breakdowns', () => {
    const [month] = protectMonths([cell('2026-01', 'phone', 3), cell('2026-01', 'onSite', 1)], 5);
    expect(month!.total).toBeUndefined();
    expect([...month!.breakdowns.channel.values()]).toEqual([undefined, undefined]);
  });

  it('withholds the next-smallest cell too when exactly one cell of a breakdown is withheld', () => {
    const [month] = protectMonths(
      [cell('2026-01', 'phone', 2), cell('2026-01', 'onSite', 9), cell('2026-01', 'video', 6)],
      5,
    );
    expect(month!.total?.answers).toBe(17);
    const channels = month!.breakdowns.channel;
    expect(channels.get('phone')).toBeUndefined();
    expect(channels.get('video')).toBeUndefined();
    expect(channels.get('onSite')?.answers).toBe(9);
  });

  it('withholds one more when two withheld cells add up to less than the threshold', () => {
    const [month] = protectMonths(
      [
        cell('2026-01', 'phone', 1),
        cell('2026-01', 'video', 1),
        cell('2026-01', 'onSite', 9),
        cell('2026-01', 'message', 7),
      ],
      5,
    );
    expect([...month!.breakdowns.channel].filter(([, value]) => value).map(([key]) => key)).toEqual([
      'onSite',
    ]);
  });

  it('shows a withheld cell exactly as an empty one', () => {
    expect(presentCell(tally(3), 5)).toBeNull();
    expect(presentCell(undefined, 5)).toEqual(presentCell(tally(3), 5));
    expect(presentCell(tally(5), 5)).toMatchObject({ answers: 5, nps: { score: 100, n: 5 } });
  });

  it('serves the open month as its total only, with no breakdown by channel, service or version', () => {
    const cells = [cell('2026-02', 'phone', 6), cell('2026-02', 'onSite', 9), cell('2026-01', 'phone', 7)];
    const [closed, open] = protectMonths(cells, 5, { openMonth: '2026-02' });
    expect(open!.total?.answers).toBe(15);
    for (const dimension of ['channel', 'service', 'version'] as const)
      expect([...open!.breakdowns[dimension].values()].every((value) => value === undefined)).toBe(true);
    expect(closed!.breakdowns.channel.get('phone')?.answers).toBe(7);
    const report = buildProtectedReport([closed!, open!], ['2026-01', '2026-02'], undefined);
    expect(report.total?.answers).toBe(22);
    expect(report.byChannel!.get('phone')?.answers).toBe(7);
    expect(report.byChannel!.get('onSite')).toBeUndefined();
    expect(buildProtectedReport([closed!, open!], ['2026-02'], { channel: 'onSite' }).total).toBeUndefined();
  });

  it('zeroes a statement part below the threshold in a month cell before any period sum', () => {
    const withStatement = (month: string, statementN: number): BaseCell => ({
      ...cell(month, 'phone', 6),
      tally: {
        ...tally(6),
        statements: {
          q1: { theme: null, sum: statementN * 3, n: statementN, cannotSay: 0, skipped: 6 - statementN },
        },
      },
    });
    const protectedMonths = protectMonths([withStatement('2026-01', 5), withStatement('2026-02', 2)], 5);
    const both = buildProtectedReport(protectedMonths, ['2026-01', '2026-02'], undefined);
    const first = buildProtectedReport(protectedMonths, ['2026-01'], undefined);
    expect(both.total!.statements['q1']!.n - first.total!.statements['q1']!.n).toBe(0);
  });

  it('leaves the NPS out of a shown group when fewer than the threshold answered the question', () => {
    const group: GroupTally = { ...tally(6), nps: { promoters: 2, passives: 1, detractors: 0, skipped: 3 } };
    expect(presentCell(group, 5)).toMatchObject({ answers: 6, nps: null });
  });
});

// Every report the API serves, over random data: the periods (contiguous month ranges), narrowed by
// nothing, a channel or a service, with their totals, months and breakdowns.
const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
const channels = ['onSite', 'phone', 'video'];
const services = ['', 'nurse', 'doctor'];

interface Group {
  months: readonly string[];
  channel?: string;
  service?: string;
  version?: string;
}
interface Served {
  group: Group;
  n: number;
}
interface ServedReport {
  total: Served;
  families: Served[][];
  cells: Served[];
}

type Measure = (value: GroupTally | undefined) => number;
const n: Measure = (value) => value?.answers ?? 0;
// The per-question parts (rule 6): the NPS's n and one of its parts, and each statement's n and cannot-say.
const measures: Record<string, Measure> = {
  answers: n,
  npsN: (value) => (value ? value.nps.promoters + value.nps.passives + value.nps.detractors : 0),
  promoters: (value) => value?.nps.promoters ?? 0,
  q1N: (value) => value?.statements['q1']?.n ?? 0,
  q1Sum: (value) => value?.statements['q1']?.sum ?? 0,
  q2N: (value) => value?.statements['q2']?.n ?? 0,
};
const measureNames = Object.keys(measures);

function served(
  report: ProtectedReport,
  period: string[],
  narrowing: ReportNarrowing,
  measure: Measure = n,
): ServedReport {
  const base: Group = { months: period, ...narrowing };
  const total = { group: base, n: measure(report.total) };
  const byMonth = report.byMonth.map(({ month, tally }) => ({
    group: { ...base, months: [month] },
    n: measure(tally),
  }));
  const family = (
    map: Map<string, GroupTally | undefined> | undefined,
    key: 'channel' | 'service' | 'version',
  ) => (map ? [...map].map(([code, value]) => ({ group: { ...base, [key]: code }, n: measure(value) })) : []);
  const families = [
    byMonth,
    family(report.byChannel, 'channel'),
    family(report.byService, 'service'),
    family(report.byVersion, 'version'),
  ].filter((list) => list.length > 0);
  return { total, families, cells: [total, ...families.flat()] };
}

/** Whether every answer in group b is in group a. */
function within(b: Group, a: Group): boolean {
  if (!b.months.every((month) => a.months.includes(month))) return false;
  return (['channel', 'service', 'version'] as const).every(
    (key) => a[key] === undefined || a[key] === b[key],
  );
}

const baseCells = fc.array(
  fc.record({
    month: fc.constantFrom(...months),
    channel: fc.constantFrom(...channels),
    service: fc.constantFrom(...services),
    version: fc.constantFrom(1, 2),
    answers: fc.integer({ min: 1, max: 9 }),
    // Shares of the answers: who answered the recommendation (and promoted) and each statement on the scale.
    npsShare: fc.double({ min: 0, max: 1, noNaN: true }),
    promoterShare: fc.double({ min: 0, max: 1, noNaN: true }),
    q1Share: fc.double({ min: 0, max: 1, noNaN: true }),
    q2Share: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  { maxLength: 40 },
);

type Drawn = {
  month: string;
  channel: string;
  service: string;
  version: number;
  answers: number;
  npsShare: number;
  promoterShare: number;
  q1Share: number;
  q2Share: number;
};

/** A base cell with random NPS and statement parts within its answers. */
function drawnCell(c: Drawn): BaseCell {
  const npsN = Math.floor(c.answers * c.npsShare);
  const promoters = Math.floor(npsN * c.promoterShare);
  const statement = (share: number) => {
    const answered = Math.floor(c.answers * share);
    return { theme: null, sum: answered * 4, n: answered, cannotSay: 0, skipped: c.answers - answered };
  };
  return {
    month: c.month,
    channel: c.channel,
    service: c.service === '' ? null : c.service,
    version: c.version,
    tally: {
      answers: c.answers,
      nps: { promoters, passives: 0, detractors: npsN - promoters, skipped: c.answers - npsN },
      statements: { q1: statement(c.q1Share), q2: statement(c.q2Share) },
    },
  };
}

function allReports(cells: BaseCell[], threshold: number, measure: Measure = n): ServedReport[] {
  const protectedMonths = protectMonths(cells, threshold);
  const narrowings: ReportNarrowing[] = [
    undefined,
    ...channels.map((channel) => ({ channel })),
    ...services.map((service) => ({ service })),
  ];
  const reports: ServedReport[] = [];
  for (let from = 0; from < months.length; from += 1)
    for (let until = from; until < months.length; until += 1)
      for (const narrowing of narrowings) {
        const period = months.slice(from, until + 1);
        reports.push(
          served(buildProtectedReport(protectedMonths, period, narrowing), period, narrowing, measure),
        );
      }
  return reports;
}

describe('no two reports reveal a small group by subtraction', () => {
  it.each(measureNames)(
    'serves only %s of 0 or at least the threshold, and nested groups differ by 0 or at least it',
    (measureName) => {
      const measure = measures[measureName]!;
      // Promoters and sums of scores are not what the threshold counts: check the n they rest on instead, and
      // that they are 0 wherever that n is.
      const restsOn = ({ promoters: 'npsN', q1Sum: 'q1N' } as Record<string, string>)[measureName];
      fc.assert(
        fc.property(baseCells, fc.integer({ min: 2, max: 6 }), (drawn, threshold) => {
          const cells = drawn.map(drawnCell);
          const reports = allReports(cells, threshold, restsOn ? measures[restsOn]! : measure);
          if (restsOn) {
            const parts = allReports(cells, threshold, measure);
            parts.forEach((report, index) =>
              report.cells.forEach((cellServed, cellIndex) => {
                if (reports[index]!.cells[cellIndex]!.n === 0) expect(cellServed.n).toBe(0);
              }),
            );
          }
          const small = (value: number) => value > 0 && value < threshold;
          // The same group served by several reports has the same number in all of them.
          const byGroup = new Map<string, Served>();
          for (const served of reports.flatMap((report) => report.cells)) {
            const key = JSON.stringify(served.group);
            expect(byGroup.get(key)?.n ?? served.n).toBe(served.n);
            byGroup.set(key, served);
          }
          const everyCell = [...byGroup.values()];
          for (const { n: value } of everyCell) expect(small(value)).toBe(false);
          for (const a of everyCell)
            for (const b of everyCell)
              if (within(b.group, a.group)) {
                expect(a.n).toBeGreaterThanOrEqual(b.n);
                expect(small(a.n - b.n)).toBe(false);
              }
          // A total of one report minus the shown cells of a breakdown of another inside it.
          for (const a of reports)
            for (const b of reports)
              if (within(b.total.group, a.total.group))
                for (const family of b.families) {
                  const rest = a.total.n - family.reduce((sum, served) => sum + served.n, 0);
                  expect(small(rest)).toBe(false);
                }
        }),
        { numRuns: 100 },
      );
    },
    120_000,
  );

  it('agrees with itself: a report narrowed to a channel totals what the unnarrowed one shows for it', () => {
    fc.assert(
      fc.property(baseCells, (drawn) => {
        const cells = drawn.map((c) => cell(c.month, c.channel, c.answers, c.service || null, c.version));
        const protectedMonths = protectMonths(cells, 5);
        const whole = buildProtectedReport(protectedMonths, months, undefined);
        for (const channel of channels)
          expect(n(buildProtectedReport(protectedMonths, months, { channel }).total)).toBe(
            n(whole.byChannel!.get(channel)),
          );
      }),
    );
  });
});
