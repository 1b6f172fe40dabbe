// Signing out, by choice or after idle time, ends the identity provider's session too, without a second
// question at the provider: the next sign-in in the same browser must ask who signs in, never enter as
// the previous resident.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

const idleMinutes = 3;

/** Console errors of a page, to assert there were none. */
function consoleErrorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function signInAsAnna(page: Page, portal: TestPortal): Promise<void> {
  await page.goto(`${portal.shellUrl}/`);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
  await page.getByRole('button', { name: /^Anna Virtanen/ }).click();
  await page.getByRole('button', { name: 'Kirjautuneena Anna Virtanen' }).waitFor();
}

/** The next sign-in at this browser stops at the provider's page that asks who signs in. */
async function expectNextSignInAsksWho(page: Page, portal: TestPortal): Promise<void> {
  await page.getByRole('button', { name: 'Kirjaudu uudelleen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
  expect(new URL(page.url()).origin).toBe(new URL(portal.identity.issuer).origin);
}

describe('signing out ends the identity provider’s session', () => {
  let portal: TestPortal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal({ sessionIdleMinutes: idleMinutes }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('from the user menu on a phone, without a question at the provider', async () => {
    const page = await openPage(browser, { width: 320, height: 720 });
    const errors = consoleErrorsOf(page);
    await signInAsAnna(page, portal);

    await page.getByRole('button', { name: 'Kirjautuneena Anna Virtanen' }).click();
    await page.getByRole('dialog', { name: 'Käyttäjävalikko' }).getByRole('button', { name: 'Kirjaudu ulos' }).click();

    // Straight back to the portal: nothing at the provider waits for an answer.
    await page.getByRole('heading', { level: 1, name: 'Olet kirjautunut ulos' }).waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(portal.shellUrl).origin);
    await expectNoHorizontalScroll(page, 'signed-out page');
    await expectAccessible(page, 'signed-out page');

    await expectNextSignInAsksWho(page, portal);
    await expectAccessible(page, 'identity provider sign-in page after signing out');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after idle time on a wide screen, with nobody there to answer a question', async () => {
    const page = await openPage(browser, { width: 1280, height: 800 });
    const errors = consoleErrorsOf(page);
    // The page's clock is the test's: the idle time passes without waiting for it.
    await page.clock.install();
    await signInAsAnna(page, portal);

    await page.clock.fastForward(`0${idleMinutes}:05`);
    await page.getByRole('heading', { level: 1, name: 'Istuntosi päättyi' }).waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(portal.shellUrl).origin);
    await expectNoHorizontalScroll(page, 'signed-out after idle page');
    await expectAccessible(page, 'signed-out after idle page');

    await expectNextSignInAsksWho(page, portal);
    expect(errors).toEqual([]);
    await page.close();
  });
});
