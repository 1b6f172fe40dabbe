import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

const languages = [
  { button: 'Suomi', lang: 'fi', h1: 'Sähköinen asiointi', booking: 'Ajanvaraus', region: 'Länsirannikon hyvinvointialue' },
  { button: 'Svenska', lang: 'sv', h1: 'E-tjänster', booking: 'Tidsbokning', region: 'Västkustens välfärdsområde' },
  { button: 'English', lang: 'en', h1: 'Online services', booking: 'Appointment booking', region: 'West Coast Wellbeing Services County' },
] as const;

describe('front page', () => {
  let portal: TestPortal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it.each(languages)('renders in $button, remembers the choice and passes axe', async (language) => {
    page = await openPage(browser);
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('button', { name: language.button }).click();

    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language.lang);
    await page.getByRole('heading', { level: 1, name: language.h1 }).waitFor();
    expect(await page.getByRole('button', { name: language.button }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toBe(`${language.h1} – ${language.region}`);
    await page.getByRole('link', { name: language.booking }).waitFor();
    await expectAccessible(page, `front page (${language.lang})`);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: language.h1 }).waitFor();
    await page.close();
  });

  it('shows a tile only for modules that have a remote in the manifest', async () => {
    page = await openPage(browser);
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('link', { name: 'Ajanvaraus' }).waitFor();
    // Feedback is deployed (in the manifest) since the module kit made it; the family centre is not.
    expect(await page.getByRole('link', { name: 'Palaute' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Perhekeskus' }).count()).toBe(0);
    await page.close();
  });

  it('works at 320 px and with the keyboard alone', async () => {
    page = await openPage(browser, { width: 320, height: 640 });
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Sähköinen asiointi' }).waitFor();
    await expectNoHorizontalScroll(page, 'front page');
    await expectAccessible(page, 'front page at 320 px');

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Siirry pääsisältöön' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

    // Tab on to the booking tile and open it with Enter.
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      const onBookingTile = await page.evaluate(
        () => document.activeElement?.tagName === 'A' && document.activeElement.getAttribute('href') === '/booking',
      );
      if (onBookingTile) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`${portal.shellUrl}/booking`);
    await page.close();
  });

  it('has an accessibility statement and a not-found page in every language', async () => {
    page = await openPage(browser);
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' }).waitFor();
    await expectAccessible(page, 'accessibility statement (fi)');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsutlåtande' }).waitFor();
    await expectAccessible(page, 'accessibility statement (sv)');

    await page.goto(`${portal.shellUrl}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Sidan hittades inte' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectAccessible(page, 'not-found page (en)');
    await page.close();
  });
});
