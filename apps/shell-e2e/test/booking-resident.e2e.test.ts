import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, helsinkiToday } from '@asiointi/platform-time';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

// A day of the week view in Swedish, e.g. "tis 24.11.2026".
const dayName = /^(mån|tis|ons|tors?|fre|lör|sön) \d{1,2}\.\d{1,2}\.\d{4}$/;

/** A Helsinki day `days` from today, "2026-11-25": residents may change a booking until 24 h before it. */
const helsinkiDayFromNow = (days: number): string => addCalendarDays(helsinkiToday(), days);

/** "tis 24.11.2026" as "2026-11-24". */
function isoDayOf(heading: string): string {
  const [day = '', month = '', year = ''] = heading.split(' ')[1]?.split('.') ?? [];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The first free time two or more days ahead (so it can still be moved and cancelled online), day by day
 * and week by week as a resident goes: a day's button, then its times; every wait is on the page.
 */
async function freeTimeAhead(page: Page): Promise<{ button: Locator; day: string; time: string }> {
  const earliest = helsinkiDayFromNow(2);
  const weekHeading = page.getByRole('heading', { level: 2, name: /^Vecka / });
  for (let week = 0; week < 5; week += 1) {
    await weekHeading.waitFor();
    const days = page.getByRole('group', { name: 'Veckans dagar' });
    await days.waitFor();
    for (const dayButton of await days.getByRole('button').all()) {
      const day = (await dayButton.locator('.booking-day-tabs__day').textContent()) ?? '';
      expect(day).toMatch(dayName);
      const state = (await dayButton.locator('.booking-day-tabs__state').textContent()) ?? '';
      // "3 lediga tider"; a day that has passed or has none says so instead.
      if (isoDayOf(day) < earliest || !/^\d+ ledig/.test(state)) continue;
      await dayButton.click();
      const times = page.getByRole('region', { name: `Lediga tider ${day}` });
      const button = times.getByRole('button').first();
      await button.waitFor();
      const time = (await button.textContent())?.replace('*', '') ?? '';
      return { button, day, time };
    }
    const shownWeek = await weekHeading.textContent();
    await page.getByRole('button', { name: 'Följande vecka' }).click();
    await expect.poll(() => weekHeading.textContent()).not.toBe(shownWeek);
  }
  throw new Error('No free time in five weeks');
}

async function choose(page: Page, label: RegExp, option: string) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect.poll(() => page.getByRole('button', { name: label }).textContent()).toContain(option);
}

async function focusedText(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.activeElement?.textContent);
}

describe('a resident books, moves and cancels a time in Swedish', () => {
  let portal: TestPortal;
  let browser: Browser;
  let page: Page;
  let booked: { day: string; time: string };

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
    page = await openPage(browser, { width: 320, height: 720 });
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('signs in at the identity provider in Swedish', async () => {
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('button', { name: /^Anna Virtanen/ }).click();
    await page.getByRole('button', { name: 'Inloggad som Anna Virtanen' }).waitFor();
  });

  it('finds the nurse appointment in Raahe served in Swedish, with the first free times', async () => {
    await page.getByRole('link', { name: 'Tidsbokning' }).click();
    await page.getByRole('link', { name: 'Sök en tjänst och boka tid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sök en tjänst och boka tid' }).waitFor();
    await page.getByText(/tjänster? hittades\./).waitFor();
    await expectAccessible(page, 'find a service');

    // The municipality by its Swedish name, as the Swedish page shows it.
    await choose(page, /Kommun$/, 'Brahestad');
    await choose(page, /Språk$/, 'svenska');
    const nurse = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: 'Sjukskötarmottagning' }),
    });
    await nurse.waitFor();
    expect(await nurse.textContent()).toContain('Rantakatu 4, Brahestad');
    expect(await nurse.textContent()).toContain('Tillgänglig ingång och hiss.');

    await nurse.getByRole('button', { name: 'Visa de första lediga tiderna: Sjukskötarmottagning' }).click();
    const firstTimes = page.getByRole('region', { name: 'De första lediga tiderna: Sjukskötarmottagning' });
    await firstTimes.getByRole('link').first().waitFor();
    expect(await firstTimes.getByRole('link').first().textContent()).toContain('Brahestads hälsostation');
    await expectNoHorizontalScroll(page, 'find a service (320 px)');
    await expectAccessible(page, 'find a service with first free times');
  });

  it('books a free time in three steps with the keyboard', async () => {
    await page.getByRole('link', { name: 'Se lediga tider: Brahestads hälsostation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Steg 1/3: Välj en tid' }).waitFor();
    const { button, day, time } = await freeTimeAhead(page);
    booked = { day, time };
    await expectNoHorizontalScroll(page, 'week view (320 px)');
    await expectAccessible(page, 'week view');

    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Steg 2/3: Uppgifter' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Steg 2/3: Uppgifter');
    const reminder = page.getByRole('radiogroup', { name: 'Påminnelse dagen före' });
    await reminder.waitFor();
    await reminder.getByRole('radio', { name: 'Textmeddelande' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => reminder.getByRole('radio', { name: 'E-post' }).isChecked()).toBe(true);
    // No address yet: the resident enters and confirms where the reminder goes.
    await page.getByText('Du har inte angett någon e-postadress som påminnelsen kan skickas till.').waitFor();
    await page.getByRole('textbox', { name: 'E-postadress' }).fill('anna.virtanen@example.fi');
    const confirm = page.getByRole('checkbox', {
      name: 'Jag bekräftar att påminnelser får skickas till de här kontaktuppgifterna.',
    });
    await confirm.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => confirm.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Spara kontaktuppgifterna' }).click();
    await page.getByText('E-post till adressen anna.virtanen@example.fi').waitFor();
    await page.getByRole('textbox', { name: /Meddelande till yrkespersonen/ }).fill('Jag vill tala svenska.');
    await expectNoHorizontalScroll(page, 'booking details (320 px)');
    await expectAccessible(page, 'booking details');

    await page.getByRole('button', { name: 'Fortsätt' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Steg 3/3: Bekräfta bokningen' }).waitFor();
    expect(await page.getByText(`${day} kl. ${time}`).count()).toBe(1);
    // The nurse by her Swedish title, not the Finnish one.
    expect(await page.getByText('Sjukskötare Karin Sjöberg', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'booking confirmation step');
    await page.getByRole('button', { name: 'Boka tiden' }).focus();
    await page.keyboard.press('Space');

    await page.getByRole('heading', { level: 1, name: 'Tiden är bokad' }).waitFor();
    await page.getByRole('button', { name: 'Ladda ner till kalendern (.ics)' }).waitFor();
    expect(await page.getByText(`${day} kl. ${time}`).count()).toBe(1);
    await expectNoHorizontalScroll(page, 'booking confirmed (320 px)');
    await expectAccessible(page, 'booking confirmed');
  });

  it('shows the time in my bookings and moves it to another free time', async () => {
    await page.getByRole('link', { name: 'Gå till mina bokningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina bokningar' }).waitFor();
    const upcoming = page.getByRole('region', { name: 'Kommande tider' });
    const card = upcoming.getByRole('listitem').filter({ hasText: `${booked.day} kl. ${booked.time}` });
    await card.waitFor();
    expect(await card.textContent()).toContain('Sjukskötarmottagning');
    await expectNoHorizontalScroll(page, 'my bookings (320 px)');
    await expectAccessible(page, 'my bookings');

    await card.getByRole('link', { name: 'Flytta tiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Flytta tiden: Sjukskötarmottagning' }).waitFor();
    const { button, day, time } = await freeTimeAhead(page);
    await expectAccessible(page, 'reschedule week view');
    await button.click();
    const dialog = page.getByRole('alertdialog', { name: 'Vill du flytta tiden?' });
    await dialog.waitFor();
    await expectAccessible(page, 'reschedule dialog');
    await dialog.getByRole('button', { name: 'Ja, flytta tiden' }).click();

    await page.getByText('Tiden är flyttad.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Mina bokningar' }).waitFor();
    await upcoming
      .getByRole('listitem')
      .filter({ hasText: `${day} kl. ${time}` })
      .waitFor();
    booked = { day, time };
    await expectAccessible(page, 'my bookings after moving');
  });

  it('cancels the time after confirming', async () => {
    const upcoming = page.getByRole('region', { name: 'Kommande tider' });
    const card = upcoming.getByRole('listitem').filter({ hasText: `${booked.day} kl. ${booked.time}` });
    await card.getByRole('button', { name: 'Avboka tiden' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Vill du avboka tiden?' });
    await dialog.waitFor();
    await expectAccessible(page, 'cancel dialog');
    await dialog.getByRole('button', { name: 'Ja, avboka tiden' }).click();

    await page.getByText('Tiden är avbokad.').waitFor();
    await card.getByText('Avbokad').waitFor();
    expect(await card.getByRole('button', { name: 'Avboka tiden' }).count()).toBe(0);
    expect(await card.getByRole('link', { name: 'Flytta tiden' }).count()).toBe(0);
    await expectAccessible(page, 'my bookings after cancelling');
  });

  it('opens a reminder’s cancel link and says when the link does not work', async () => {
    await page.goto(`${portal.shellUrl}/booking/cancel/not-a-real-link-token-0123456789`);
    await page.getByRole('heading', { level: 1, name: 'Avboka en bokad tid' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Länken fungerar inte.' }).waitFor();
    await expectNoHorizontalScroll(page, 'reminder link (320 px)');
    await expectAccessible(page, 'reminder link');
  });
});
