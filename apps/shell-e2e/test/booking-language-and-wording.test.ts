// Booking as residents meet it: the language of their sign-in, messages that speak to the right person,
// how a unit's service is booked, and no console error on any booking page (axe included, which reads
// the remote's stylesheets cross-origin).
import { callProcedure } from '@asiointi/platform-service/testing';
import { addCalendarDays, helsinkiToday, mondayOf } from '@asiointi/platform-time';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { watchConsoleErrors } from './support/console-errors';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

// A demo unit whose doctor's appointment is bookable online with a booking right only.
const kaijonharju = '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01';

interface FreeTime {
  start: string;
  resourceId: string;
}

async function signIn(page: Page, signInLabel: string, person: RegExp) {
  await page.getByRole('button', { name: signInLabel }).first().click();
  await page.getByRole('button', { name: person }).click();
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('booking in the resident’s language and words, without console errors', () => {
  let portal: TestPortal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('asks a signed-out visitor to sign in to see their bookings, and says a unit’s service needs a booking right', async () => {
    const page = await openPage(browser, { width: 320, height: 720 });
    const consoleErrors = watchConsoleErrors(page);
    await page.goto(`${portal.shellUrl}/booking/my-bookings`);
    await page.getByRole('heading', { level: 1, name: 'Omat varaukset' }).waitFor();
    await page.getByText('Kirjaudu sisään, niin näet varauksesi.').waitFor();
    expect(await page.getByText('Kirjaudu sisään, niin voit varata ajan.').count()).toBe(0);
    await expectNoHorizontalScroll(page, 'my bookings signed out (320 px)');
    await expectAccessible(page, 'my bookings signed out');

    await page.goto(`${portal.shellUrl}/booking?unit=${kaijonharju}`);
    const doctor = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Lääkärin vastaanotto' }) });
    await doctor.waitFor();
    expect(await doctor.textContent()).toContain(
      'Ajan voi varata verkossa, kun sinulla on ajanvarausoikeus: kutsukirjeen koodi tai ammattilaisen myöntämä oikeus.',
    );
    expect(await doctor.textContent()).not.toContain('Voit varata ajan verkossa.');
    await expectNoHorizontalScroll(page, 'unit page (320 px)');
    await expectAccessible(page, 'unit page');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows a Swedish speaker the portal in Swedish after sign-in, when she has chosen no language', async () => {
    const page = await openPage(browser, { width: 320, height: 720 });
    const consoleErrors = watchConsoleErrors(page);
    await page.goto(`${portal.shellUrl}/booking`);
    await page.getByRole('heading', { level: 1, name: 'Ajanvaraus' }).waitFor();
    await signIn(page, 'Kirjaudu sisään', /^Ebba Nyholm/);

    await page.getByRole('button', { name: 'Inloggad som Ebba Nyholm' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Tidsbokning' }).waitFor();
    expect(await htmlLang(page)).toBe('sv');
    // A suggestion, not a choice: nothing is remembered as hers.
    expect(await page.evaluate(() => localStorage.getItem('asiointi.language'))).toBeNull();

    await page.getByRole('link', { name: 'Mina bokningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina bokningar' }).waitFor();
    await page.getByText('Du har inga kommande tider.').waitFor();
    await expectNoHorizontalScroll(page, 'my bookings in Swedish (320 px)');
    await expectAccessible(page, 'my bookings in Swedish');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps the language a resident chose over the one of her sign-in', async () => {
    const page = await openPage(browser, { width: 1280, height: 800 });
    const consoleErrors = watchConsoleErrors(page);
    await page.goto(`${portal.shellUrl}/booking`);
    await page.getByRole('button', { name: 'Suomi' }).click();
    await signIn(page, 'Kirjaudu sisään', /^Emily Clarke/);

    await page.getByRole('button', { name: 'Kirjautuneena Emily Clarke' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Ajanvaraus' }).waitFor();
    expect(await htmlLang(page)).toBe('fi');
    await expectAccessible(page, 'booking page of an English speaker who chose Finnish');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('speaks of the child a guardian acts for, not of the guardian’s own child or bookings', async () => {
    const page = await openPage(browser, { width: 1280, height: 800 });
    const consoleErrors = watchConsoleErrors(page);
    await page.goto(`${portal.shellUrl}/`);
    await signIn(page, 'Kirjaudu sisään', /^Anna Virtanen/);
    await page.getByRole('button', { name: 'Kirjautuneena Anna Virtanen' }).waitFor();
    await page.getByRole('button', { name: 'Vaihda henkilöä' }).click();
    const switcher = page.getByRole('dialog', { name: 'Kenen asioita hoidat?' });
    await switcher.getByText('Eetu Virtanen', { exact: true }).click();
    await switcher.getByRole('button', { name: 'Vaihda' }).click();
    const actingStatus = () => page.getByRole('banner').getByRole('status').textContent();
    await expect.poll(actingStatus).toBe('Asioin: Eetu Virtanen');

    await page.getByRole('link', { name: 'Ajanvaraus' }).click();
    await page.getByRole('link', { name: 'Omat varaukset' }).click();
    await page.getByRole('heading', { level: 1, name: 'Omat varaukset' }).waitFor();
    await page.getByText('Henkilöllä Eetu Virtanen ei ole tulevia aikoja.').waitFor();
    await page.getByText('Henkilöllä Eetu Virtanen ei ole menneitä aikoja.').waitFor();
    expect(await page.getByText('Sinulla ei ole tulevia aikoja.').count()).toBe(0);
    await expectAccessible(page, 'a child’s empty bookings');

    // Step 2 of booking Eetu's nurse appointment, reached with a free time in the address.
    const apiUrl = portal.apiUrlOf('booking');
    const services = await callProcedure<Array<{ id: string; code: string }>>(apiUrl, 'services.listByUnit', {
      input: { unitId: kaijonharju },
    });
    const nurse = services.data?.find((service) => service.code === 'nurse-appointment');
    if (!nurse) throw new Error('The demo unit has no nurse appointment');
    let weekStart = mondayOf(addCalendarDays(helsinkiToday(), 7));
    let time: FreeTime | undefined;
    for (let week = 0; week < 4; week += 1) {
      const answer = await callProcedure<{ freeTimes: FreeTime[] }>(apiUrl, 'freeTimes.week', {
        input: { serviceTypeId: nurse.id, weekStart },
      });
      time = answer.data?.freeTimes[0];
      if (time) break;
      weekStart = addCalendarDays(weekStart, 7);
    }
    if (!time) throw new Error('No free nurse time in four weeks');
    const chosen = new URLSearchParams({ start: time.start, resourceId: time.resourceId, week: weekStart });
    await page.goto(`${portal.shellUrl}/booking/book/${nurse.id}?${chosen.toString()}`);
    await page.getByRole('heading', { level: 1, name: 'Vaihe 2/3: Tiedot' }).waitFor();
    await expect.poll(actingStatus).toBe('Asioin: Eetu Virtanen');
    await page.getByText('Varaat ajan henkilölle Eetu Virtanen.').waitFor();
    await page
      .getByText(
        'Jos haluat varata ajan itsellesi tai jollekulle toiselle, vaihda asioiva henkilö sivun yläosasta.',
      )
      .waitFor();
    expect(await page.getByText(/varata ajan lapsellesi/).count()).toBe(0);
    await expectAccessible(page, 'booking details for a child');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
