// Accessibility of two views the other browser tests do not reach: the page where a 12–17-year-old
// decides what a guardian may do for them, and the header and user menu of a staff member with the
// header's link to booking's staff pages.
import type { Browser, Locator, Page } from 'playwright-core';
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

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabUntilFocused(page: Page, target: Locator, maxPresses = 20) {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach the element in ${maxPresses} presses`);
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
    // The unit by its name from the unit directory, never by its id.
    await expect
      .poll(() => roles.getByRole('listitem').first().textContent())
      .toBe('Sairaanhoitaja, Kaijonharjun hyvinvointikeskus');
    await expectNoHorizontalScroll(page, 'staff-mode header');
    await expectAccessible(page, 'staff-mode header');

    await page.getByRole('button', { name: 'Kirjautuneena Sari Niemi' }).click();
    const menu = page.getByRole('dialog', { name: 'Käyttäjävalikko' });
    await menu.getByRole('list', { name: 'Roolisi' }).waitFor();
    await expectAccessible(page, 'staff user menu');

    // From the closed menu's button, the keyboard alone reaches booking's staff pages through the header.
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    const staffPages = header.getByRole('navigation', { name: 'Henkilöstön sivut' });
    const bookingStaffLink = staffPages.getByRole('link', { name: 'Ajanvarauksen hallinta' });
    await tabUntilFocused(page, bookingStaffLink);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ajanvarausten hallinta' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/booking/staff');
    // The remote offers the unit of the role the shell handed it.
    await page
      .getByRole('navigation', { name: 'Toimipisteesi' })
      .getByRole('link', { name: 'Kaijonharjun hyvinvointikeskus' })
      .waitFor();
    await page.close();
  });
});
