import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

describe('a module whose remote is down', () => {
  let portal: TestPortal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
    await portal.stopRemote('booking');
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('shows a translated fallback in its place while the rest of the portal keeps working', async () => {
    const page = await openPage(browser);
    await page.goto(`${portal.shellUrl}/booking`);
    const alert = page.getByRole('alert');
    await alert.getByText('Palvelu ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.').waitFor();
    await page.getByRole('button', { name: 'Yritä uudelleen' }).waitFor();
    await expectAccessible(page, 'remote fallback (fi)');

    await page.getByRole('button', { name: 'English' }).click();
    await alert.getByText('The service is not available right now. Please try again later.').waitFor();

    await page.getByRole('link', { name: 'Accessibility statement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Online services' }).waitFor();
    expect(await page.getByRole('link', { name: 'Appointment booking' }).count()).toBe(1);
    await page.close();
  });
});
