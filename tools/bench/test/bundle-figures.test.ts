import { describe, expect, it } from 'vitest';
import { bundleTable, withinBudget, type PageFigures } from '../src/bundles/bundle-report';
import { emulatedConditions, slow4g } from '../src/bundles/network-profile';
import { kB, median, summariseTransfer, type LoadedResource } from '../src/bundles/transfer-summary';

const resource = (overrides: Partial<LoadedResource>): LoadedResource => ({
  url: 'http://127.0.0.1:4200/assets/a.js',
  type: 'Script',
  mimeType: 'text/javascript',
  transferBytes: 0,
  decodedBytes: 0,
  fromCache: false,
  ...overrides,
});

describe('transfer summary', () => {
  const resources = [
    resource({ url: 'a.js', transferBytes: 30_000, decodedBytes: 90_000 }),
    resource({ url: 'b.js', transferBytes: 50_000, decodedBytes: 150_000 }),
    // A frame loading a.js again from the memory cache: nothing on the wire, nothing unpacked twice.
    resource({ url: 'a.js', transferBytes: 0, decodedBytes: 90_000, fromCache: true }),
    resource({
      url: 'remoteEntry.js',
      type: 'Other',
      mimeType: 'application/javascript',
      transferBytes: 5_000,
      decodedBytes: 9_000,
    }),
    resource({
      url: 'remotes.json',
      type: 'Fetch',
      mimeType: 'application/json',
      transferBytes: 800,
      decodedBytes: 1_100,
    }),
    resource({
      url: 'shell.css',
      type: 'Stylesheet',
      mimeType: 'text/css',
      transferBytes: 4_000,
      decodedBytes: 20_000,
    }),
  ];

  it('sums the scripts (by type or by MIME type) on the wire and unpacked, and everything on the wire', () => {
    const summary = summariseTransfer(resources, 2);
    expect(summary.scriptTransferBytes).toBe(85_000);
    expect(summary.scriptDecodedBytes).toBe(249_000);
    expect(summary.scriptFiles).toBe(3);
    expect(summary.allTransferBytes).toBe(89_800);
    expect(summary.requests).toBe(6);
    expect(summary.biggestScripts.map((r) => r.url)).toEqual(['b.js', 'a.js']);
  });

  it('writes kB as 1000 bytes and takes the median of odd and even counts', () => {
    expect(kB(149_999)).toBe('150.0 kB');
    expect(kB(1234)).toBe('1.2 kB');
    expect(median([300, 100, 200])).toBe(200);
    expect(median([400, 100, 300, 200])).toBe(250);
    expect(median([])).toBeNaN();
    expect(median([900, Number.NaN, 1000])).toBe(950);
  });
});

describe('budgets and the table', () => {
  const page = (scriptTransferBytes: number, budgetBytes: number): PageFigures => ({
    name: 'front page',
    path: '/',
    budgetBytes,
    transfer: { ...summariseTransfer([]), scriptTransferBytes },
    shownMs: [1200, 1000, 1100],
    lcpMs: [900, 1000, Number.NaN],
  });

  it('meets a budget only below it', () => {
    expect(withinBudget(page(149_999, 150_000))).toBe(true);
    expect(withinBudget(page(150_000, 150_000))).toBe(false);
  });

  it('prints each page with its figures, the result and every sample', () => {
    const table = bundleTable([page(120_000, 150_000), page(260_000, 250_000)], slow4g.name);
    const [header, rule, met, missed] = table.split('\n');
    expect(header).toMatch(/^\| Page +\| JS gzipped/);
    expect(rule).toMatch(/^\|-+\|/);
    expect(met).toContain('120.0 kB');
    expect(met).toContain('| met');
    expect(met).toContain('1100 ms');
    expect(met).toContain('950 ms');
    expect(missed).toContain('MISSED');
    expect(table).toContain('LCP 900 ms, 1000 ms, n/a');
  });

  it("gives Chromium the profile's throughputs in bytes per second", () => {
    expect(emulatedConditions(slow4g)).toEqual({
      offline: false,
      latency: 150,
      downloadThroughput: 200_000,
      uploadThroughput: 93_750,
    });
  });
});
