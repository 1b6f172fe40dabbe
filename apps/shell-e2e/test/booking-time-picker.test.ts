// The day picker of free times and the cancellation cut-off, as residents and professionals meet them:
// a booking administrator gives the nurse appointment a cut-off of eight days and terms in three languages;
// a resident on a 320 px phone sees one day at a time, the times inside the cut-off marked, and the exact
// last moment to cancel or move before confirming; the week's days stay on one row at 1280 px; a
// professional books on a resident's behalf from a short list of one day's times.
import { testResident } from '@asiointi/dev-idp/test-persons';
import { obtainAccessToken } from '@asiointi/dev-idp/testing';
import { formatDateWithWeekday, formatTime } from '@asiointi/platform-i18n';
import { callProcedure } from '@asiointi/platform-service/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { watchConsoleErrors } from './support/console-errors';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

// The booking administrator of dev-idp (Liisa Laaksonen) works in this demo unit.
const unitId = '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01';
const unitName = 'Kaijonharjun hyvinvointikeskus';
const cutOffHours = 192;
const terms = {
  fi: 'Peruuttamaton käynti maksaa 51,50 euroa.',
  sv: 'Ett besök som inte avbokats kostar 51,50 euro.',
  en: 'A visit that is not cancelled costs 51.50 euros.',
};
const marked = ', cannot be cancelled online';

interface ServiceTypeRow {
  id: string;
  code: string;
  name: { fi: string; en: string };
}

/**
 * Goes through the days with free times, week by week, with the keyboard, until a time whose accessible
 * name is wanted; every wait is on the page.
 */
async function findTime(page: Page, wanted: (label: string) => boolean): Promise<Locator> {
  const weekHeading = page.getByRole('heading', { level: 2, name: /^Week / });
  for (let week = 0; week < 6; week += 1) {
    const days = page.getByRole('group', { name: 'Days of the week' });
    await days.waitFor();
    for (const day of await days.getByRole('button').all()) {
      const text = (await day.textContent()) ?? '';
      if (text.includes('The day has passed') || text.includes('No free times')) continue;
      const dayName = (await day.locator('.booking-day-tabs__day').textContent()) ?? '';
      await day.focus();
      await page.keyboard.press('Enter');
      const times = page.getByRole('region', { name: `Free times on ${dayName}` });
      await times.waitFor();
      for (const time of await times.getByRole('button').all()) {
        if (wanted((await time.getAttribute('aria-label')) ?? '')) return time;
      }
    }
    const shownWeek = await weekHeading.textContent();
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect.poll(() => weekHeading.textContent()).not.toBe(shownWeek);
  }
  throw new Error('No such free time in six weeks');
}

/** The time's cut-off as the resident reads it: "Tue, 8 December 2026" and "9:20". */
function cutOffOf(start: string): { date: string; time: string } {
  const cutOff = new Date(Date.parse(start) - cutOffHours * 3_600_000);
  return { date: formatDateWithWeekday(cutOff, 'en'), time: formatTime(cutOff, 'en') };
}

describe('the time picker and the cancellation cut-off', () => {
  let portal: TestPortal;
  let browser: Browser;
  let staff: Page;
  let resident: Page;
  let nurse: ServiceTypeRow;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
    const token = await obtainAccessToken({ issuer: portal.identity.issuer, person: 'bookingAdminLiisa' });
    const answer = await callProcedure<ServiceTypeRow[]>(portal.apiUrlOf('booking'), 'serviceTypes.list', {
      token,
      input: { unitId },
    });
    const found = answer.data?.find((service) => service.code === 'nurse-appointment');
    if (!found) throw new Error(`The demo unit ${unitName} has no nurse appointment`);
    nurse = found;
    staff = await openPage(browser, { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('lets the booking administrator set the cut-off and the terms in three languages', async () => {
    await staff.goto(`${portal.shellUrl}/`);
    await staff.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await staff.getByRole('button', { name: /^Liisa Laaksonen/ }).click();
    await staff.getByRole('button', { name: 'Kirjautuneena Liisa Laaksonen' }).waitFor();
    await staff.getByRole('link', { name: 'Ajanvaraus' }).click();
    await staff
      .getByRole('navigation', { name: 'Toimipisteesi' })
      .getByRole('link', { name: unitName })
      .click();
    const nav = staff.getByRole('navigation', { name: 'Toimipisteen ajanvarausten hallinta' });
    await nav.getByRole('link', { name: 'Palvelutyypit' }).click();
    await staff.getByRole('button', { name: `Muokkaa: ${nurse.name.fi}` }).click();
    await staff.getByRole('textbox', { name: /^Peruutusraja/ }).fill(String(cutOffHours));
    const termsGroup = staff.getByRole('group', { name: 'Peruutusehdot ja käyttämättä jätetty aika' });
    await termsGroup.getByRole('textbox', { name: /^Peruutusehdot suomeksi/ }).fill(terms.fi);
    await termsGroup.getByRole('textbox', { name: /^Peruutusehdot ruotsiksi/ }).fill(terms.sv);
    await termsGroup.getByRole('textbox', { name: /^Peruutusehdot englanniksi/ }).fill(terms.en);
    await expectAccessible(staff, 'service type form with the terms');
    await staff.getByRole('button', { name: 'Tallenna' }).click();
    await staff
      .getByRole('status')
      .filter({ hasText: `Palvelutyyppi ${nurse.name.fi} on tallennettu.` })
      .waitFor();
  }, 120_000);

  it('shows a phone one day at a time, compact, with the times inside the cut-off marked', async () => {
    resident = await openPage(browser, { width: 320, height: 720 });
    const errors = watchConsoleErrors(resident);
    await resident.goto(`${portal.shellUrl}/booking/book/${nurse.id}`);
    await resident.getByRole('button', { name: 'English' }).click();
    await resident.getByRole('heading', { level: 1, name: 'Step 1 of 3: Choose a time' }).waitFor();
    const days = resident.getByRole('group', { name: 'Days of the week' });
    await days.waitFor();
    expect(await days.getByRole('button').count()).toBe(7);

    // The first free times are within eight days: marked, with the mark explained above them.
    const first = await findTime(resident, () => true);
    expect(await first.getAttribute('aria-label')).toMatch(new RegExp(`^\\d{1,2}:\\d{2}, .+${marked}$`));
    await resident
      .getByText(/^\* A time marked with an asterisk cannot be cancelled or moved online/)
      .waitFor();
    // One day of a week, not the whole week stacked: a couple of screens at most, not 12,700 px.
    const height = await resident.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(2_500);
    await expectNoHorizontalScroll(resident, 'time picker (320 px)');
    await expectAccessible(resident, 'time picker (320 px)');
    expect(errors).toEqual([]);
  }, 120_000);

  it('tells the exact last moment to cancel or move, and the terms, before the resident confirms', async () => {
    const errors = watchConsoleErrors(resident);
    // A time beyond the cut-off: changeable online until eight days before it.
    const later = await findTime(resident, (label) => !label.endsWith(marked));
    await later.focus();
    await resident.keyboard.press('Enter');
    await resident.getByRole('heading', { level: 1, name: 'Step 2 of 3: Details' }).waitFor();
    const start = new URL(resident.url()).searchParams.get('start') ?? '';
    await resident.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await resident.getByRole('button', { name: /^Emily Clarke/ }).click();
    await resident.getByRole('heading', { level: 1, name: 'Step 2 of 3: Details' }).waitFor();
    // Emily has given no address for reminders: she books without one (the reminder test enters one).
    const noReminder = resident
      .getByRole('radiogroup', { name: 'Reminder the day before' })
      .getByRole('radio', { name: 'No reminder' });
    await noReminder.focus();
    await noReminder.press('Space');
    await expect.poll(() => noReminder.isChecked()).toBe(true);
    await resident.getByRole('button', { name: 'Continue' }).click();
    await resident.getByRole('heading', { level: 1, name: 'Step 3 of 3: Confirm the booking' }).waitFor();
    const { date, time } = cutOffOf(start);
    await resident.getByText(`You can cancel or move this time online until ${date} at ${time}.`).waitFor();
    const termsRegion = resident.getByRole('region', { name: 'Cancellation and no-show terms' });
    expect(await termsRegion.textContent()).toContain(terms.en);
    await expectNoHorizontalScroll(resident, 'confirm step with the cut-off (320 px)');
    await expectAccessible(resident, 'confirm step with the cut-off');
    await resident.getByRole('button', { name: 'Book the time' }).click();
    await resident.getByRole('heading', { level: 1, name: 'Your time is booked' }).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it('warns in the move dialog that a time inside the cut-off cannot be changed online, as the booking then says', async () => {
    const errors = watchConsoleErrors(resident);
    await resident.getByRole('link', { name: 'Go to my bookings' }).click();
    await resident.getByRole('heading', { level: 1, name: 'My bookings' }).waitFor();
    const upcoming = resident.getByRole('region', { name: 'Upcoming times' });
    await upcoming.getByRole('link', { name: 'Move the time' }).click();
    await resident.getByRole('heading', { level: 1, name: `Move the time: ${nurse.name.en}` }).waitFor();
    const soon = await findTime(resident, (label) => label.endsWith(marked));
    await soon.focus();
    await resident.keyboard.press('Enter');
    const dialog = resident.getByRole('alertdialog', { name: 'Move the time?' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toMatch(
      /Once booked, this time cannot be cancelled or moved online: online cancellation closed on /,
    );
    expect(text).toContain(terms.en);
    await expectAccessible(resident, 'move dialog inside the cut-off');
    await dialog.getByRole('button', { name: 'Yes, move the time' }).click();
    await resident.getByText('The time has been moved.').waitFor();
    // What the dialog said holds: the moved booking can no longer be moved or cancelled online.
    const card = upcoming.getByRole('listitem').first();
    await card.getByText(/can no longer be cancelled or moved online/).waitFor();
    expect(await card.getByRole('link', { name: 'Move the time' }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);

  it('keeps the week’s days on one row at 1280 px', async () => {
    const errors = watchConsoleErrors(resident);
    await resident.setViewportSize({ width: 1280, height: 800 });
    await resident.goto(`${portal.shellUrl}/booking/book/${nurse.id}`);
    // A new page load: the portal's language may be the one it starts with.
    const days = resident.getByRole('group', { name: /^(Days of the week|Viikon päivät)$/ });
    await days.waitFor();
    const tops = await Promise.all(
      (await days.getByRole('button').all()).map(async (day) => (await day.boundingBox())?.y),
    );
    expect(tops).toHaveLength(7);
    expect(new Set(tops).size).toBe(1);
    // Laid out by the module's stylesheet (a grid of days), not by buttons that happen to fit a line.
    expect(await days.evaluate((element) => getComputedStyle(element).display)).toBe('grid');
    await expectAccessible(resident, 'time picker (1280 px)');
    expect(errors).toEqual([]);
  }, 120_000);

  it('lets a professional book on behalf from one day’s times, by keyboard, at 320 px', async () => {
    const errors = watchConsoleErrors(staff);
    const nav = staff.getByRole('navigation', { name: 'Toimipisteen ajanvarausten hallinta' });
    await nav.getByRole('link', { name: 'Päivälista' }).click();
    await staff.getByRole('button', { name: 'Varaa aika asukkaalle' }).click();
    await staff.setViewportSize({ width: 320, height: 720 });
    await staff
      .getByRole('textbox', { name: /^Henkilötunnus/ })
      .fill(testResident('guardianAnna').identityCode);
    await staff.getByRole('button', { name: /Palvelu/ }).click();
    await staff.getByRole('option', { name: nurse.name.fi, exact: true }).click();
    const times = staff.getByRole('radiogroup', { name: /^Vapaat ajat / });
    const noneThisWeek = staff.getByText('Ei vapaita aikoja tällä viikolla.');
    await times.or(noneThisWeek).waitFor();
    // A Sunday evening leaves nothing this week: the next one.
    if (await noneThisWeek.isVisible()) await staff.getByRole('button', { name: 'Seuraava viikko' }).click();
    // By keyboard: the shown day's button, then its first time under the professional's name.
    const shownDay = staff
      .getByRole('group', { name: 'Viikon päivät' })
      .getByRole('button', { pressed: true });
    await shownDay.focus();
    await staff.keyboard.press('Enter');
    const firstTime = times.getByRole('group').first().getByRole('radio').first();
    await firstTime.focus();
    await staff.keyboard.press('Space');
    await expect.poll(() => firstTime.isChecked()).toBe(true);
    // One day's compact times instead of a week of radios.
    const height = await staff.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4_000);
    await expectNoHorizontalScroll(staff, 'book on behalf (320 px)');
    await expectAccessible(staff, 'book on behalf (320 px)');
    const channels = staff.getByRole('radiogroup', { name: /^Asiointitapa/ });
    if (!(await channels.getByRole('radio', { checked: true }).count())) {
      const channel = channels.getByRole('radio').first();
      await channel.focus();
      await staff.keyboard.press('Space');
    }
    await staff.getByRole('button', { name: 'Varaa aika', exact: true }).click();
    await staff.getByRole('status').filter({ hasText: 'Aika on varattu' }).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
