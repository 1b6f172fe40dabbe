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

const n = (value: GroupTally | undefined) => value?.answers ?? 0;

function served(report: ProtectedReport, period: string[], narrowing: ReportNarrowing): ServedReport {
  const base: Group = { months: period, ...narrowing };
  const total = { group: base, n: n(report.total) };
  const byMonth = report.byMonth.map(({ month, tally }) => ({
    group: { ...base, months: [month] },
    n: n(tally),
  }));
  const family = (
    map: Map<string, GroupTally | undefined> | undefined,
    key: 'channel' | 'service' | 'version',
  ) => (map ? [...map].map(([code, value]) => ({ group: { ...base, [key]: code }, n: n(value) })) : []);
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
  }),
  { maxLength: 40 },
);

function allReports(cells: BaseCell[], threshold: number): ServedReport[] {
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
        reports.push(served(buildProtectedReport(protectedMonths, period, narrowing), period, narrowing));
      }
  return reports;
}

describe('no two reports reveal a small group by subtraction', () => {
  it('serves only numbers of 0 or at least the threshold, and nested groups differ by 0 or at least it', () => {
    fc.assert(
      fc.property(baseCells, fc.integer({ min: 2, max: 6 }), (drawn, threshold) => {
        const cells = drawn.map((c) =>
          cell(c.month, c.channel, c.answers, c.service === '' ? null : c.service, c.version),
        );
        const reports = allReports(cells, threshold);
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
  }, 120_000);

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
