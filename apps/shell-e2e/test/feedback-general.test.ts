// General feedback through the whole portal: a Swedish-speaking resident, not signed in, sends a complaint
// about a unit and asks for a reply by e-mail; the unit's feedback analyst (Heidi Lindqvist) finds it new in
// the inbox and replies; the reply goes out through the feedback service's notification outbox to the
// development gateway (its log names the template and the masked address, never the text); the "you said,
// we did" page lists a published change. Axe on each page, at 320 px.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

const narrow = { width: 320, height: 800 };
const complaint = 'Jag väntade över en timme i laboratoriet och ingen berättade varför.';
const replyText = 'Tack för din respons. Från och med nästa vecka finns det mer personal på morgnarna.';

/** React Aria's radios and checkboxes are visually hidden inputs: chosen with the keyboard. */
async function press(control: Locator) {
  await control.focus();
  await control.press('Space');
  await expect.poll(() => control.isChecked()).toBe(true);
}

async function chooseOption(page: Page, trigger: RegExp, option: string) {
  await page.getByRole('button', { name: trigger }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('general feedback, the staff inbox and “you said, we did”', () => {
  let portal: TestPortal;
  let browser: Browser;
  /** The feedback service's log lines (the development gateway writes which template went where). */
  const feedbackLog: string[] = [];

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startTestPortal({
        serviceLogs: { feedback: { level: 'info', destination: { write: (line: string) => void feedbackLog.push(line) } } },
      }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('takes a complaint in Swedish asking for a reply, and says when the reply is due', async () => {
    const page = await openPage(browser, narrow);
    await page.goto(`${portal.shellUrl}/feedback`);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('link', { name: 'Ge respons' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ge respons' }).waitFor();
    await press(page.getByRole('radio', { name: 'Klagomål' }));
    await chooseOption(page, /Verksamhetsställe/, 'Kaijonharju välfärdscentral');
    await page.getByRole('textbox', { name: /Din respons/ }).fill(complaint);
    await press(page.getByRole('checkbox', { name: 'Jag vill ha svar' }));
    await page.getByRole('textbox', { name: /Namn/ }).fill('Ebba Exempel');
    await page.getByRole('textbox', { name: /E-postadress/ }).fill('ebba@example.invalid');
    expect(await page.getByRole('radio', { name: 'svenska' }).isChecked()).toBe(true);
    await expectNoHorizontalScroll(page, 'feedback form (320 px)');
    await expectAccessible(page, 'feedback form (sv, 320 px)');
    await page.getByRole('button', { name: 'Skicka respons' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tack för din respons' }).waitFor();
    await page.getByText(/^Vi svarar dig senast \d{1,2}\.\d{1,2}\.\d{4}/).waitFor();
    await expectNoHorizontalScroll(page, 'receipt (320 px)');
    await expectAccessible(page, 'feedback receipt (sv, 320 px)');
    await page.close();
  });

  it('shows the unit’s feedback analyst the complaint as new, and sends her reply to the e-mail address', async () => {
    const page = await openPage(browser, narrow);
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
    await page.getByRole('button', { name: /^Heidi Lindqvist/ }).click();
    // Heidi speaks Swedish: the portal follows her language after she signs in.
    await page.getByRole('button', { name: 'Inloggad som Heidi Lindqvist' }).waitFor();
    await page.goto(`${portal.shellUrl}/feedback/staff`);
    await page.getByRole('heading', { level: 1, name: 'Responsinkorg' }).waitFor();
    // Newest first: the complaint sent a moment ago, still new.
    const row = page.locator('li', { has: page.getByRole('link', { name: /^Öppna: Klagomål, Kaijonharju/ }) }).first();
    await row.getByText(/^Ny · Ska besvaras senast/).waitFor();
    await expectNoHorizontalScroll(page, 'inbox (320 px)');
    await expectAccessible(page, 'feedback inbox (sv, 320 px)');

    await row.getByRole('link').click();
    await page.getByText(complaint).waitFor();
    // The link that led here is gone: focus is on the item's heading, not dropped to the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByText('ebba@example.invalid').waitFor();
    await expectAccessible(page, 'inbox item (sv, 320 px)');
    await page.getByRole('textbox', { name: /^Svar/ }).fill(replyText);
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await page.getByText(/Heidi Lindqvist svarade/).waitFor();
    // Announced politely, and focus is not lost with the form the reply was sent from.
    await page.getByRole('status').getByText('Svaret har skickats.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    await page.getByText(/Besvarad/).first().waitFor();
    await expectNoHorizontalScroll(page, 'answered item (320 px)');
    await expectAccessible(page, 'answered inbox item (sv, 320 px)');

    // The notification sender renders the reply and hands it to the development gateway, which logs the
    // template and the masked address; the reply's text never reaches the log.
    await expect
      .poll(
        () =>
          feedbackLog.find(
            (line) => line.includes('"templateKey":"feedback.reply"') && line.includes('development notification'),
          ),
        { timeout: 20_000 },
      )
      .toBeTruthy();
    expect(feedbackLog.join('\n')).not.toContain('Från och med nästa vecka');
    expect(feedbackLog.join('\n')).not.toContain('ebba@example.invalid');
    await page.close();
  });

  it('lists a published change on “you said, we did”', async () => {
    const page = await openPage(browser, narrow);
    await page.goto(`${portal.shellUrl}/feedback`);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('link', { name: 'Ni sa, vi gjorde' }).click();
    const change = page.getByRole('article', { name: 'Kösituationen i laboratoriet syns' });
    await change.getByText('I entrén finns nu en skärm som visar den uppskattade väntetiden.').waitFor();
    await change.getByText(/^Kaijonharju välfärdscentral, /).waitFor();
    await expectNoHorizontalScroll(page, '“you said, we did” (320 px)');
    await expectAccessible(page, '“you said, we did” (sv, 320 px)');
    await page.close();
  });
});
