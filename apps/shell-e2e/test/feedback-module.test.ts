// The feedback module inside the portal: its tile opens its remote, which lists what its own service
// read from its database, with unit names from the unit directory; axe-clean, also at 320 px in Swedish.
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

  it('opens from its tile and shows its service’s catalogue by unit', async () => {
    const page = await openPage(browser);
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('link', { name: 'Palaute', exact: true }).click();
    await page.waitForURL(`${portal.shellUrl}/feedback`);
    const unit = page.getByRole('region', { name: 'Kaijonharjun hyvinvointikeskus' });
    await unit.getByRole('heading', { level: 3, name: 'Neuvonta puhelimessa' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Palaute');
    await expectAccessible(page, 'feedback (fi)');
    await page.close();
  });

  it('follows the language switch and fits a 320 px screen', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    await page.goto(`${portal.shellUrl}/feedback`);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Respons' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Rådgivning per telefon' }).waitFor();
    await expectNoHorizontalScroll(page, 'feedback page');
    await expectAccessible(page, 'feedback (sv, 320 px)');
    await page.close();
  });
});
