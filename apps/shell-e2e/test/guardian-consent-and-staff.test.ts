// Accessibility of two views the other browser tests do not reach: the page where a 12–17-year-old
// decides what a guardian may do for them, and the header and user menu of a staff member.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

/** Signs in at the development identity provider as the listed test person whose button starts with `name`. */
async function signInAs(page: Page, portal: TestPortal, name: string) {
  await page.goto(`${portal.shellUrl}/`);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('button', { name: `Kirjautuneena ${name}` }).waitFor();
}

describe('guardian consent page and staff mode', () => {
  let portal: TestPortal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('lets the 14-year-old choose what her guardian may do, accessibly, on a 320 px screen', async () => {
    const page = await openPage(browser, { width: 320, height: 720 });
    await signInAs(page, portal, 'Aino Virtanen');

    await page.getByRole('button', { name: 'Kirjautuneena Aino Virtanen' }).click();
    const menu = page.getByRole('dialog', { name: 'Käyttäjävalikko' });
    await menu.getByRole('link', { name: 'Kuka saa asioida puolestani' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kuka saa asioida puolestani' }).waitFor();
    const choices = page.getByRole('group', { name: /^Anna Virtanen saa asioida puolestani/ });
    await choices.waitFor();
    await expectNoHorizontalScroll(page, 'guardian consent page');
    await expectAccessible(page, 'guardian consent page');

    // After saving, with the confirmation shown.
    // The label takes the click, as a finger's tap lands on it (the input itself is visually hidden).
    await choices.getByText('Ajanvaraus', { exact: true }).click();
    expect(await choices.getByRole('checkbox', { name: 'Ajanvaraus' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Tallenna valinta' }).first().click();
    await page.getByText(/^Valinta tallennettu: Anna saa asioida puolestasi/).waitFor();
    await expectAccessible(page, 'guardian consent page after saving');
    await page.close();
  });

  it('shows a staff member the staff mode and their roles in the header and the user menu', async () => {
    const page = await openPage(browser, { width: 320, height: 720 });
    await signInAs(page, portal, 'Sari Niemi');

    const header = page.getByRole('banner');
    await header.getByText('Henkilöstö', { exact: true }).waitFor();
    const roles = header.getByRole('list', { name: 'Roolisi' });
    await roles.waitFor();
    expect(await roles.getByRole('listitem').first().textContent()).toMatch(/^Sairaanhoitaja, toimipiste /);
    await expectNoHorizontalScroll(page, 'staff-mode header');
    await expectAccessible(page, 'staff-mode header');

    await page.getByRole('button', { name: 'Kirjautuneena Sari Niemi' }).click();
    const menu = page.getByRole('dialog', { name: 'Käyttäjävalikko' });
    await menu.getByRole('list', { name: 'Roolisi' }).waitFor();
    await expectAccessible(page, 'staff user menu');
    await page.close();
  });
});
