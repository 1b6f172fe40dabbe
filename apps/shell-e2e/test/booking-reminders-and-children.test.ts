import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

// A guardian in English: where reminders go (entered and confirmed once, shown at step 2, the guardian's
// own for a child's booking), and the child's booking in the guardian's own list with its reference.
const reference = /^[A-Z2-9]{4}-[A-Z2-9]{4}$/;

async function actAs(page: Page, person: string) {
  await page.getByRole('button', { name: 'Change person' }).click();
  const switcher = page.getByRole('dialog', { name: 'Whose matters are you handling?' });
  await switcher.getByText(person, { exact: true }).click();
  await switcher.getByRole('button', { name: 'Change', exact: true }).click();
  await expect
    .poll(() => page.getByRole('banner').getByRole('status').textContent())
    .toBe(`Acting for: ${person}`);
}

/** Ticks a checkbox as a keyboard user does (its styled label covers the input). */
async function checkByKeyboard(page: Page, checkbox: Locator): Promise<void> {
  await checkbox.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => checkbox.isChecked()).toBe(true);
}

/** The value next to a label in a booking's facts (a description list). */
async function factOf(page: Page, scope: ReturnType<Page['getByRole']>, label: string): Promise<string> {
  const term = scope.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
  return (await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
}

describe('a guardian’s reminders and their child’s booking', () => {
  let portal: TestPortal;
  let browser: Browser;
  let page: Page;
  let childReference = '';

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
    page = await openPage(browser, { width: 320, height: 720 });
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('signs the guardian in, in English', async () => {
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /^Anna Virtanen/ }).click();
    await page.getByRole('button', { name: 'Signed in as Anna Virtanen' }).waitFor();
  });

  it('asks where reminders go in the reminder settings, and keeps the confirmed number', async () => {
    await page.getByRole('link', { name: 'Appointment booking' }).click();
    await page.getByRole('link', { name: 'Reminder settings' }).click();
    const section = page.getByRole('region', { name: 'Where reminders are sent' });
    await section.getByText('You have not entered a phone number or an e-mail address yet.').waitFor();
    await section.getByRole('textbox', { name: 'Mobile number' }).fill('040 123 4567');
    await section.getByRole('button', { name: 'Save contact details' }).click();
    // Not saved before the resident confirms it.
    await section.getByText('Confirm the contact details before saving.').waitFor();
    await expectAccessible(page, 'reminder contact, confirmation missing');
    await checkByKeyboard(
      page,
      section.getByRole('checkbox', {
        name: 'I confirm that reminders may be sent to these contact details.',
      }),
    );
    await section.getByRole('button', { name: 'Save contact details' }).click();
    await section.getByText('Mobile number: +358401234567').waitFor();
    await expectNoHorizontalScroll(page, 'reminder settings (320 px)');
    await expectAccessible(page, 'reminder settings with a number');
  });

  it('books for the child with the reminder going to the guardian’s number, and shows the reference', async () => {
    await actAs(page, 'Eetu Virtanen');
    await page.getByRole('link', { name: 'Appointment booking' }).click();
    await page.getByRole('link', { name: 'Find a service and book a time' }).click();
    await page.getByText(/services? found\./).waitFor();
    const nurse = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Nurse appointment' }) })
      .first();
    await nurse.getByRole('button', { name: 'Show the first free times: Nurse appointment' }).click();
    const firstTimes = page.getByRole('region', { name: 'First free times: Nurse appointment' });
    await firstTimes.getByRole('link').first().click();

    await page.getByRole('heading', { level: 1, name: /^Step 2 of 3/ }).waitFor();
    const reminder = page.getByRole('radiogroup', { name: /reminder/i });
    // Text message by default (the child's settings are the defaults).
    expect(await reminder.getByRole('radio', { name: 'Text message' }).isChecked()).toBe(true);
    await page
      .getByText('The reminder is sent to you, because you are booking the time for Eetu Virtanen.')
      .waitFor();
    await page.getByText('Text message to +358401234567').waitFor();
    await expectNoHorizontalScroll(page, 'booking details with the reminder destination (320 px)');
    await expectAccessible(page, 'booking details with the reminder destination');

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: /^Step 3 of 3/ }).waitFor();
    await page.getByRole('button', { name: 'Book the time' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your time is booked' }).waitFor();
    const main = page.getByRole('main');
    await main
      .getByRole('term')
      .filter({ hasText: /^Booking reference$/ })
      .waitFor();
    childReference = (await factOf(page, main, 'Booking reference')).trim();
    expect(childReference).toMatch(reference);
    expect(await factOf(page, main, 'For')).toBe('Eetu Virtanen');
    await expectNoHorizontalScroll(page, 'booking confirmed with its reference (320 px)');
    await expectAccessible(page, 'booking confirmed with its reference');
  });

  it('lists the child’s booking in the guardian’s own bookings, marked with the child’s name', async () => {
    await actAs(page, 'Myself');
    await page.getByRole('link', { name: 'Go to my bookings' }).click();
    await page.getByRole('heading', { level: 1, name: 'My bookings' }).waitFor();
    const card = page
      .getByRole('region', { name: 'Upcoming times' })
      .getByRole('listitem')
      .filter({ hasText: childReference });
    await card.waitFor();
    expect(await factOf(page, card, 'For')).toBe('Eetu Virtanen');
    expect(await factOf(page, card, 'Booking reference')).toBe(childReference);
    await expectNoHorizontalScroll(page, 'my bookings with a child’s booking (320 px)');
    await expectAccessible(page, 'my bookings with a child’s booking');

    await page.setViewportSize({ width: 1280, height: 800 });
    await card.waitFor();
    await expectAccessible(page, 'my bookings with a child’s booking (1280 px)');
  });
});
