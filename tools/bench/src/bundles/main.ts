// `npm run bench:bundles`: how much JavaScript the portal's first pages download and how fast they paint
// on a slow phone connection. Takes the builds in dist/ as they are (build first:
// `npx nx run-many -t build -p shell booking booking-service feedback feedback-service dev-idp`), starts
// the portal as the browser tests do (PGlite in a temporary folder, free ports) and loads each page in
// Debian's Chromium with an empty cache. Exits non-zero when a page is over its JavaScript budget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { portalModules, startPortal } from '@asiointi/launcher';
import { bundlePages } from './bundle-pages';
import { biggestScriptsList, bundleTable, withinBudget, type PageFigures } from './bundle-report';
import { measurePageLoad } from './measure-page-load';
import { slow4g } from './network-profile';
import { summariseTransfer } from './transfer-summary';

const runs = Number(process.env.BENCH_BUNDLE_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1 || runs > 50)
  throw new Error('BENCH_BUNDLE_RUNS: a whole number 1–50');
const log = (message: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${message}`);

const dataDir = mkdtempSync(path.join(tmpdir(), 'asiointi-bench-bundles-'));
const portal = await startPortal({
  shellPort: 0,
  identityPort: 0,
  ports: Object.fromEntries(portalModules.map(({ name }) => [name, { remote: 0, service: 0 }])),
  dataDir,
  logLevel: 'warn',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const origins = new Map<string, string>([[new URL(portal.shellUrl).origin, 'shell']]);
for (const remote of portal.manifest.remotes) origins.set(new URL(remote.manifestUrl).origin, remote.name);
origins.set(new URL(portal.identity.issuer).origin, 'identity provider');
const named = (url: string) => {
  const parsed = new URL(url);
  return `${origins.get(parsed.origin) ?? parsed.origin}${parsed.pathname}`;
};

const figures: PageFigures[] = [];
try {
  for (const target of bundlePages) {
    log(`${target.name}: a load without throttling for the bytes`);
    const plain = await measurePageLoad(browser, portal.shellUrl, target);
    const shownMs: number[] = [];
    const lcpMs: number[] = [];
    for (let run = 1; run <= runs; run += 1) {
      log(`${target.name}: load ${run}/${runs} on ${slow4g.name}`);
      const throttled = await measurePageLoad(browser, portal.shellUrl, target, slow4g);
      shownMs.push(throttled.shownMs);
      lcpMs.push(throttled.lcpMs);
    }
    figures.push({ ...target, transfer: summariseTransfer(plain.resources), shownMs, lcpMs });
  }
} finally {
  await browser.close();
  await portal.close();
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(
  `Bundle benchmark, ${new Date().toISOString()}: Chromium ${browser.version()}, empty cache each load.`,
);
console.log('JavaScript: every script response until the page is usable (h1 and main control shown, then no');
console.log(
  'request for 500 ms), bytes on the wire (gzip as served, headers included), 1 kB = 1000 bytes.\n',
);
console.log(bundleTable(figures, slow4g.name));
for (const page of figures) console.log(`\n${biggestScriptsList(page, named)}`);
process.exitCode = figures.every(withinBudget) ? 0 : 1;
