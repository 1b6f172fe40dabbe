import { testResident } from '@asiointi/dev-idp/test-persons';
import { obtainAccessToken } from '@asiointi/dev-idp/testing';
import { callProcedure } from '@asiointi/platform-service/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

// The booking administrator of dev-idp (Liisa Laaksonen) works in this demo unit.
const unitId = '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01';
const unitName = 'Kaijonharjun hyvinvointikeskus';
const resourceName = 'Testihoitaja E2E';

interface ServiceTypeRow {
  name: { fi: string };
  requiredSkill: string;
  requiresBookingRight: boolean;
  channels: string[];
}

/** A staff read through the service's API, with the booking administrator's own token. */
async function staffQuery<T>(
  portal: TestPortal,
  token: string,
  procedure: string,
  input: unknown,
): Promise<T> {
  const answer = await callProcedure<T>(portal.apiUrlOf('booking'), procedure, { token, input });
  expect(answer.status, procedure).toBe(200);
  return answer.data as T;
}

/** React Aria's radios are visually hidden inputs: chosen with the keyboard, as a keyboard user would. */
async function chooseRadio(radio: Locator) {
  await radio.focus();
  await radio.press('Space');
  await expect.poll(() => radio.isChecked()).toBe(true);
}

async function chooseOption(page: Page, trigger: RegExp, option: string) {
  await page.getByRole('button', { name: trigger }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * The first free time of a resource in the book-on-behalf form: each day with free times in turn, its times
 * grouped under the professional's name, then the next week; every wait is on the page.
 */
async function firstTimeOf(page: Page, resource: string): Promise<Locator> {
  const weekLabel = page.getByText(/^Viikko \d/);
  for (let week = 0; week < 4; week += 1) {
    const days = page.getByRole('group', { name: 'Viikon päivät' });
    const noneThisWeek = page.getByText('Ei vapaita aikoja tällä viikolla.');
    await days.or(noneThisWeek).waitFor();
    if (await days.isVisible()) {
      for (const day of await days.getByRole('button').all()) {
        const state = (await day.locator('.booking-day-tabs__state').textContent()) ?? '';
        if (!/^\d+ vapaa/.test(state)) continue;
        await day.click();
        await expect.poll(() => day.getAttribute('aria-pressed')).toBe('true');
        const ours = page.getByRole('group', { name: resource });
        if ((await ours.count()) > 0) return ours.getByRole('radio').first();
      }
    }
    const shownWeek = await weekLabel.textContent();
    await page.getByRole('button', { name: 'Seuraava viikko' }).click();
    await expect.poll(() => weekLabel.textContent()).not.toBe(shownWeek);
  }
  throw new Error(`No free time of ${resource} in four weeks`);
}

describe('staff: a weekly schedule, a booking on behalf and the day list', () => {
  let portal: TestPortal;
  let browser: Browser;
  let page: Page;
  let service: ServiceTypeRow;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
    // A laptop at a reception desk; the day list is checked at 320 px at the end.
    page = await openPage(browser, { width: 1280, height: 800 });
    const token = await obtainAccessToken({ issuer: portal.identity.issuer, person: 'bookingAdminLiisa' });
    const services = await staffQuery<ServiceTypeRow[]>(portal, token, 'serviceTypes.list', { unitId });
    // A nurse's service: the new resource gets the skill by its name, "Sairaanhoitaja", from the list.
    const bookable = services.find(
      (candidate) => !candidate.requiresBookingRight && candidate.requiredSkill === 'nurse',
    );
    if (!bookable)
      throw new Error(`The demo unit ${unitName} has no nurse's service bookable without a right`);
    service = bookable;
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('signs a booking administrator in and takes her to the staff side of booking', async () => {
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
    await page.getByRole('button', { name: /^Liisa Laaksonen/ }).click();
    await page.getByRole('button', { name: 'Kirjautuneena Liisa Laaksonen' }).waitFor();

    await page.getByRole('link', { name: 'Ajanvaraus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ajanvarausten hallinta' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/booking/staff');
    const units = page.getByRole('navigation', { name: 'Toimipisteesi' });
    await units.getByRole('link', { name: unitName }).waitFor();
    await expectAccessible(page, 'staff unit picker');

    await units.getByRole('link', { name: unitName }).click();
    await page.getByRole('heading', { level: 1, name: 'Päivälista' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/booking/staff/${unitId}/day-list`);
    await page.getByRole('heading', { level: 2, name: /^Varaukset / }).waitFor();
    await expectAccessible(page, 'staff day list');
  });

  it('adds a resource that gives the service', async () => {
    const nav = page.getByRole('navigation', { name: 'Toimipisteen ajanvarausten hallinta' });
    await nav.getByRole('link', { name: 'Resurssit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resurssit' }).waitFor();
    await page.getByRole('button', { name: 'Lisää resurssi' }).click();
    const form = page.getByRole('region', { name: 'Uusi resurssi' });
    await form.getByRole('textbox', { name: /^Nimi(?!ke)/ }).fill(resourceName);
    const skill = form
      .getByRole('group', { name: /^Osaamiset/ })
      .getByRole('checkbox', { name: 'Sairaanhoitaja' });
    await skill.focus();
    await skill.press('Space');
    await expect.poll(() => skill.isChecked()).toBe(true);
    await expectAccessible(page, 'new resource form');
    await form.getByRole('button', { name: 'Tallenna' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Resurssi ${resourceName} on tallennettu.` })
      .waitFor();
    await page.getByText(resourceName, { exact: true }).waitFor();
  });

  it('creates a weekly schedule for it, every day of the week', async () => {
    const nav = page.getByRole('navigation', { name: 'Toimipisteen ajanvarausten hallinta' });
    await nav.getByRole('link', { name: 'Aikataulut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aikataulut' }).waitFor();
    await chooseOption(page, /Resurssi/, resourceName);
    await page.getByText('Resurssilla ei ole viikkoaikataulua, joten sillä ei ole vapaita aikoja.').waitFor();

    // Monday to Friday 8–16 is filled in; open the weekend too, so the test finds times on any day it runs.
    for (const day of ['Lauantai', 'Sunnuntai']) {
      await page.getByRole('button', { name: `Lisää jakso: ${day}` }).click();
      const group = page.getByRole('group', { name: day });
      await group.getByRole('textbox', { name: /Alkaa 1/ }).fill('08:00');
      await group.getByRole('textbox', { name: /Päättyy 1/ }).fill('16:00');
    }
    await expectAccessible(page, 'schedules page');
    await page.getByRole('button', { name: 'Tallenna viikkoaikataulu' }).click();
    await page.getByRole('status').filter({ hasText: 'Viikkoaikataulu on tallennettu.' }).waitFor();
    await page.getByText(/^Voimassa .* alkaen toistaiseksi$/).waitFor();
    await page.getByText('la 8.00–16.00').waitFor();
  });

  it('books a time for a resident on her behalf, and shows it in the day list', async () => {
    const anna = testResident('guardianAnna');
    const nav = page.getByRole('navigation', { name: 'Toimipisteen ajanvarausten hallinta' });
    await nav.getByRole('link', { name: 'Päivälista' }).click();
    await page.getByRole('heading', { level: 1, name: 'Päivälista' }).waitFor();
    await page.getByRole('button', { name: 'Varaa aika asukkaalle' }).click();
    await page.getByRole('textbox', { name: /^Henkilötunnus/ }).fill(anna.identityCode);
    await chooseOption(page, /Palvelu/, service.name.fi);

    // The first free time of the new resource: day by day, this week or one of the next.
    await chooseRadio(await firstTimeOf(page, resourceName));
    const channels = page.getByRole('radiogroup', { name: /^Asiointitapa/ });
    if (!(await channels.getByRole('radio', { checked: true }).count()))
      await chooseRadio(channels.getByRole('radio').first());
    await expectAccessible(page, 'book on behalf form');
    await page.getByRole('button', { name: 'Varaa aika', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Aika on varattu' }).waitFor();

    // The day list has moved to the booked day; show only the new resource's bookings.
    await chooseOption(page, /Resurssi/, resourceName);
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Anna Virtanen' }) });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Varattu');
    expect(await entry.textContent()).toContain(service.name.fi);
    expect(await entry.textContent()).toContain('Henkilöstö');
    await expectAccessible(page, 'day list with the booking');
  }, 120_000);

  it('offers no outcome mark before the visit starts, the service refuses one, and the day list works at 320 px', async () => {
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Anna Virtanen' }) });
    const actions = page.getByRole('group', { name: 'Toiminnot: Anna Virtanen' });
    await actions.getByRole('button', { name: 'Peru varaus' }).waitFor();
    // Attended and did-not-come are known only from the start (the booking is still ahead).
    expect(await actions.getByRole('button', { name: 'Käynyt' }).count()).toBe(0);
    expect(await actions.getByRole('button', { name: 'Ei saapunut' }).count()).toBe(0);
    await entry
      .getByText(/^Käynnin voi merkitä käydyksi tai saapumatta jääneeksi klo \d{1,2}\.\d{2} alkaen\.$/)
      .waitFor();
    await expectAccessible(page, 'day list with a visit still ahead');

    // The service has the last word: asked anyway, it refuses, and the resident still sees a booked time.
    const apiUrl = portal.apiUrlOf('booking');
    const annasToken = await obtainAccessToken({ issuer: portal.identity.issuer, person: 'guardianAnna' });
    const mine = async () =>
      (
        await callProcedure<{ upcoming: { id: string; status: string }[] }>(apiUrl, 'bookings.mine', {
          token: annasToken,
        })
      ).data?.upcoming ?? [];
    const [booking] = await mine();
    if (!booking) throw new Error('Anna has no upcoming booking');
    const liisasToken = await obtainAccessToken({
      issuer: portal.identity.issuer,
      person: 'bookingAdminLiisa',
    });
    for (const status of ['attended', 'noShow']) {
      const refused = await callProcedure(apiUrl, 'staffBookings.mark', {
        token: liisasToken,
        mutation: true,
        input: { bookingId: booking.id, status },
      });
      expect(refused.status).toBe(412);
      expect(refused.error?.data.code).toBe('VISIT_NOT_STARTED');
    }
    expect(await mine()).toEqual([expect.objectContaining({ id: booking.id, status: 'booked' })]);

    await page.setViewportSize({ width: 320, height: 720 });
    await expectNoHorizontalScroll(page, 'day list at 320 px');
    await expectAccessible(page, 'day list at 320 px');
  }, 120_000);

  it('opens the service types, booking rights and figures pages, each accessible', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const nav = page.getByRole('navigation', { name: 'Toimipisteen ajanvarausten hallinta' });
    for (const section of ['Palvelutyypit', 'Varausoikeudet', 'Tunnusluvut']) {
      await nav.getByRole('link', { name: section }).click();
      await page.getByRole('heading', { level: 1, name: section }).waitFor();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await expectAccessible(page, `${section} page`);
    }
  }, 120_000);
});
