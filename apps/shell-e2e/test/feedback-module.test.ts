// The feedback module inside the portal: its tile opens its remote's front page, which leads to giving
// feedback and to "you said, we did" (the demo changes its service read from its own database, with unit
// names from the unit directory); axe-clean, also at 320 px in Swedish.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

describe('the feedback module in the portal', () => {
  let portal: TestPortal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('opens from its tile on a front page that leads to giving feedback and “you said, we did”', async () => {
    const page = await openPage(browser);
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('link', { name: 'Palaute', exact: true }).click();
    await page.waitForURL(`${portal.shellUrl}/feedback`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Palaute');
    await page.getByRole('link', { name: 'Anna palautetta' }).waitFor();
    await expectAccessible(page, 'feedback front page (fi)');
    await page.getByRole('link', { name: 'Te sanoitte, me teimme' }).click();
    await page.waitForURL(`${portal.shellUrl}/feedback/changes`);
    await page.getByRole('article', { name: 'Laboratorion jonotilanne näkyviin' }).waitFor();
    await page.getByText(/^Kaijonharjun hyvinvointikeskus, /).first().waitFor();
    await expectAccessible(page, '“you said, we did” (fi)');
    await page.close();
  });

  it('follows the language switch and fits a 320 px screen', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    await page.goto(`${portal.shellUrl}/feedback`);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Respons' }).waitFor();
    await page.getByRole('link', { name: 'Ge respons' }).waitFor();
    await expectNoHorizontalScroll(page, 'feedback front page');
    await expectAccessible(page, 'feedback front page (sv, 320 px)');
    await page.close();
  });
});
