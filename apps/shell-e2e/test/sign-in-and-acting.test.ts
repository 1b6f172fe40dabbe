import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

async function openUserMenu(page: Page) {
  await page.getByRole('button', { name: 'Kirjautuneena Anna Virtanen' }).click();
  return page.getByRole('dialog', { name: 'Käyttäjävalikko' });
}

describe('sign-in, acting for a child and the data-access log', () => {
  let portal: TestPortal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
    page = await openPage(browser, { width: 320, height: 720 });
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('signs a resident in at the identity provider and shows their name', async () => {
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(portal.identity.issuer).origin);
    await expectAccessible(page, 'identity provider sign-in page');
    await page.getByRole('button', { name: /^Anna Virtanen/ }).click();

    await page.getByRole('button', { name: 'Kirjautuneena Anna Virtanen' }).waitFor();
    await expect.poll(() => page.getByRole('banner').getByRole('status').textContent()).toBe('Asioin: Itse');
    // Tokens stay in memory: nothing that looks like a token in web storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    await expectNoHorizontalScroll(page, 'front page signed in');
    await expectAccessible(page, 'front page signed in');
  });

  it('switches to the child under 12 and cannot switch to the 14-year-old who has not allowed it', async () => {
    await page.getByRole('button', { name: 'Vaihda henkilöä' }).click();
    const switcher = page.getByRole('dialog', { name: 'Kenen asioita hoidat?' });
    await switcher.waitFor();
    const unavailable = switcher.getByRole('region', { name: 'Näiden henkilöiden puolesta et voi nyt asioida' });
    await unavailable.getByText('Aino Virtanen').waitFor();
    expect(await switcher.getByRole('radio', { name: 'Aino Virtanen' }).count()).toBe(0);
    await expectAccessible(page, 'person switcher');

    await switcher.getByText('Eetu Virtanen', { exact: true }).click();
    await switcher.getByRole('button', { name: 'Vaihda' }).click();
    await expect
      .poll(() => page.getByRole('banner').getByRole('status').textContent())
      .toBe('Asioin: Eetu Virtanen');
  });

  it('lists who has handled the child’s data after the booking service read it', async () => {
    await page.goto(`${portal.shellUrl}/booking/reminder-settings`);
    await page.getByRole('heading', { level: 1, name: 'Muistutusasetukset' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Muistutus varatusta ajasta' }).waitFor();
    await expectAccessible(page, 'booking reminder settings');
    await expect
      .poll(() => page.getByRole('banner').getByRole('status').textContent())
      .toBe('Asioin: Eetu Virtanen');

    const menu = await openUserMenu(page);
    await menu.getByRole('link', { name: 'Kuka on käsitellyt tietojani' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kuka on käsitellyt tietojani' }).waitFor();
    const events = page.getByRole('list', { name: 'Tapahtumat: Ajanvaraus' });
    await events.waitFor();
    expect(await events.getByRole('listitem').count()).toBeGreaterThan(0);
    // In the words the booking service answers with its events (the shell has none of its own).
    const listed = (await events.textContent()) ?? '';
    expect(listed).toContain('Katsoi tietoja: ajanvarauksen muistutusasetukset');
    expect(listed).toContain('Asiointi verkkopalvelussa');
    await expectNoHorizontalScroll(page, 'data-access page');
    await expectAccessible(page, 'data-access page');
  });

  it('signs out locally and at the provider', async () => {
    const menu = await openUserMenu(page);
    await menu.getByRole('button', { name: 'Kirjaudu ulos' }).click();

    await page.getByRole('heading', { level: 1, name: 'Olet kirjautunut ulos' }).waitFor();
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).waitFor();
    expect(await page.getByRole('button', { name: 'Kirjautuneena Anna Virtanen' }).count()).toBe(0);

    // The provider's session ended too: signing in again asks for identification.
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
  });
});
