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

    // The first free time of the new resource, this week or one of the next.
    const ours = page.getByRole('radio', { name: new RegExp(`, ${resourceName}$`) });
    for (let week = 0; week < 4 && (await ours.count()) === 0; week += 1) {
      await page
        .getByRole('status')
        .filter({ hasText: 'Ladataan vapaita aikoja…' })
        .waitFor({ state: 'detached' });
      if ((await ours.count()) > 0) break;
      await page.getByRole('button', { name: 'Seuraava viikko' }).click();
      await page.waitForTimeout(300);
    }
    await chooseRadio(ours.first());
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

  it('marks the visit attended, and the day list works at 320 px', async () => {
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Anna Virtanen' }) });
    await page
      .getByRole('group', { name: 'Toiminnot: Anna Virtanen' })
      .getByRole('button', { name: 'Käynyt' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Anna Virtanen on merkitty käyneeksi.' }).waitFor();
    // The status message comes before the day list has been fetched again; wait for the refetch,
    // which drops the actions (an attended visit has none) and shows the new status.
    await expect.poll(() => page.getByRole('group', { name: 'Toiminnot: Anna Virtanen' }).count()).toBe(0);
    expect(await entry.textContent()).toContain('TilaKäynyt');
    expect(await entry.textContent()).not.toContain('Varattu');
    await expectAccessible(page, 'day list after marking');

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
