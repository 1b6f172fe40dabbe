// Feedback reports in the portal: a feedback analyst sees "—" while a unit's answers this month are below
// the threshold, and the NPS once they reach it; the CSV downloads for Finnish Excel; axe-clean, also at
// 320 px. Answers are seeded straight into the feedback service's database (the test portal opens it beside
// the service, on PGlite or PostgreSQL), to reach the threshold without answering a form five times.
import { readFile } from 'node:fs/promises';
import { TEST_UNIT_IDS } from '@asiointi/dev-idp';
import { answers, type FeedbackDb } from '@asiointi/feedback-data';
import { helsinkiToday } from '@asiointi/platform-time';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

describe('feedback reports in the portal', () => {
  let portal: TestPortal;
  let browser: Browser;
  let page: Page;
  let feedbackDb: FeedbackDb;
  const month = `${helsinkiToday().slice(0, 7)}-01`;

  // Heidi's first unit in Finnish name order (Kaijonharjun hyvinvointikeskus), which the page opens with.
  const seed = (recommendations: number[]) =>
    feedbackDb.insert(answers).values(
      recommendations.map((recommendation) => ({
        audience: 'client',
        setKey: 'general',
        setVersion: 1,
        unitId: TEST_UNIT_IDS.centralHealthCentre,
        channel: 'onSite',
        month,
        recommendation,
        // Released to reports (as a full batch would be), so that the threshold itself is what is tested.
        released: true,
      })),
    );

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startTestPortal({ openDatabasesOf: ['feedback'] }),
      launchBrowser(),
    ]);
    feedbackDb = portal.databaseOf('feedback').db as FeedbackDb;
    page = await openPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  const totalRow = () =>
    page.getByRole('table', { name: /NPS = 100/ }).getByRole('row', { name: /Koko jakso/ });

  it('shows "—" below the threshold, explained', async () => {
    await seed([10, 10, 10, 6]);
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
    await page.getByRole('button', { name: /^Heidi Lindqvist/ }).click();
    await page.waitForURL((url) => url.origin === new URL(portal.shellUrl).origin);
    await page
      .getByRole('button', { name: /(Kirjautuneena|Inloggad som|Signed in as) Heidi Lindqvist/ })
      .waitFor();
    await page.goto(`${portal.shellUrl}/feedback/staff/reports`);
    // Heidi speaks Swedish: wait for the language buttons before choosing Finnish (checking at once raced
    // the shell's first render and left the page in Swedish).
    const language = page.getByRole('button', { name: 'Suomi' });
    await language.waitFor();
    await language.click();
    await page.getByRole('heading', { level: 1, name: 'Palauteraportit' }).waitFor();
    await totalRow().waitFor();
    expect(await totalRow().textContent()).toContain('—');
    await page.getByText(/tarkoittaa, että tulosta ei näytetä/).waitFor();
    await expectAccessible(page, 'feedback reports below the threshold');
  });

  it('shows the NPS once the answers reach the threshold', async () => {
    await seed([9]);
    await page.reload();
    await totalRow().waitFor();
    // Promoters 4, detractor 1 of 5: 100 × (4 − 1) / 5 = 60.
    await page
      .getByRole('table', { name: /NPS = 100/ })
      .getByRole('cell', { name: '60,0' })
      .first()
      .waitFor();
    expect(await totalRow().textContent()).not.toContain('—');
    await expectAccessible(page, 'feedback reports at the threshold');
  });

  it('downloads the CSV for Finnish Excel', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa CSV (Excel)' }).click(),
    ]);
    const content = await readFile((await download.path())!, 'utf8');
    expect(content.startsWith('\uFEFFRyhmä;;Vastauksia;NPS;')).toBe(true);
    expect(content).toContain('Ryhmä;Koko jakso;5;60;');
  });

  it('fits a 320 px screen', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await totalRow().waitFor();
    await expectNoHorizontalScroll(page, 'feedback reports (320 px)');
    await expectAccessible(page, 'feedback reports (320 px)');
  });
});
