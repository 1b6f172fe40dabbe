// A feedback request from a visit to the answer: a nurse marks a visit attended in booking's day list,
// booking.visit.completed reaches the feedback service, whose SMS (in the development notification log,
// read from the feedback service's database through the test portal) carries the link; the resident opens
// it, switches to English, answers and sees the thank-you page; the link then shows the friendly page.
// Feedback sends at once here (no two-hour delay, no quiet night) so that the test need not wait.
import { TEST_SUBJECTS } from '@asiointi/dev-idp';
import { defineFeedbackService } from '@asiointi/feedback-service';
import { sql } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { startTestPortal, type TestPortal } from './support/test-portal';

const unitId = '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01';
const unitName = 'Kaijonharjun hyvinvointikeskus';

/** React Aria's radios are visually hidden inputs: chosen with the keyboard, as a keyboard user would. */
async function chooseRadio(radio: Locator) {
  await radio.focus();
  await radio.press('Space');
  await expect.poll(() => radio.isChecked()).toBe(true);
}

async function rowsOf<T>(portal: TestPortal, module: 'booking' | 'feedback', query: ReturnType<typeof sql>) {
  const result = (await portal.databaseOf(module).db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

describe('a feedback request after a visit', () => {
  let portal: TestPortal;
  let browser: Browser;
  let link = '';

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startTestPortal({
        openDatabasesOf: ['booking', 'feedback'],
        services: {
          feedback: defineFeedbackService({
            requestTiming: { delayMinutes: 0, quietFrom: '00:00', quietUntil: '00:00', validDays: 14 },
          }) as never,
        },
      }),
      launchBrowser(),
    ]);
    // A visit of Anna's that began 20 minutes ago in the nurse's unit (the day list offers "attended" from
    // its start): written into booking's database, as no free time lies in the past.
    await portal.databaseOf('booking').db.execute(sql`
      insert into booking.bookings (reference, unit_id, service_type_id, resource_id, person_subject, person_given_name,
        person_family_name, booked_by, booked_by_subject, starts_at, ends_at, occupied_from, occupied_until,
        channel, reminder_channel, language, idempotency_key, request_fingerprint)
      select 'FBE2-TEST', st.unit_id, st.id, r.id, ${TEST_SUBJECTS.guardianAnna}, 'Anna', 'Virtanen', 'staff',
        ${TEST_SUBJECTS.nurseSari}, now() - interval '20 minutes', now() + interval '10 minutes',
        now() - interval '20 minutes', now() + interval '10 minutes', 'onSite', 'none', 'fi',
        'e2e-feedback-request', 'e2e-feedback-request'
      from booking.service_types st join booking.resources r on r.unit_id = st.unit_id
      where st.unit_id = ${unitId}
      limit 1`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('lets a nurse mark the visit attended, and the feedback service sends the link', async () => {
    const page = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
    await page.getByRole('button', { name: /^Sari Niemi/ }).click();
    await page.getByRole('button', { name: 'Kirjautuneena Sari Niemi' }).waitFor();
    await page.getByRole('link', { name: 'Ajanvaraus' }).click();
    const dayList = page.getByRole('heading', { level: 1, name: 'Päivälista' });
    const units = page.getByRole('navigation', { name: 'Toimipisteesi' });
    await dayList.or(units).waitFor();
    if (await units.isVisible()) await units.getByRole('link', { name: unitName }).click();
    await dayList.waitFor();

    const actions = page.getByRole('group', { name: 'Toiminnot: Anna Virtanen' });
    await actions.getByRole('button', { name: 'Käynyt' }).click();
    await actions.getByRole('button', { name: 'Käynyt' }).waitFor({ state: 'detached' });
    await expectAccessible(page, 'day list after the attended mark');
    await page.close();

    // The relay, the bus, the consumer and the sender each poll: wait for the message in the log.
    await expect
      .poll(
        async () =>
          (
            await rowsOf<{ text: string }>(
              portal,
              'feedback',
              sql`select text from feedback.notification_log`,
            )
          ).length,
        { timeout: 30_000, interval: 250 },
      )
      .toBe(1);
    const [message] = await rowsOf<{ text: string }>(
      portal,
      'feedback',
      sql`select text from feedback.notification_log`,
    );
    const found = /(https?:\/\/\S+\/feedback\/answer#[A-Za-z0-9_-]{43})/.exec(message!.text);
    expect(found, 'the link in the SMS').not.toBeNull();
    link = found![1]!;
    expect(message!.text).toContain('Kiitos käynnistäsi');
  }, 120_000);

  it('takes the resident through the answer in English to the thank-you page, once', async () => {
    expect(link).not.toBe('');
    const page: Page = await openPage(browser, { width: 320, height: 720 });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Palaute saamastasi palvelusta' }).waitFor();
    // The token has left the address bar.
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Feedback on the service you received' }).waitFor();
    await page.getByText(`This feedback is about Kaijonharju Wellbeing Centre.`).waitFor();
    await expectNoHorizontalScroll(page, 'answer page (320 px)');
    await expectAccessible(page, 'answer page (en)');

    const recommendation = page.getByRole('radiogroup', { name: /recommend the service/ });
    await chooseRadio(recommendation.getByRole('radio', { name: '9', exact: true }));
    await page.getByRole('textbox', { name: 'Why did you give this rating?' }).fill('Friendly and quick.');
    await chooseRadio(
      page.getByRole('radiogroup', { name: 'I felt safe.' }).getByRole('radio', { name: /Strongly agree/ }),
    );
    await chooseRadio(
      page
        .getByRole('radiogroup', { name: 'I was treated with respect.' })
        .getByRole('radio', { name: 'Cannot say' }),
    );
    await page.getByRole('button', { name: 'Save and continue later' }).click();
    await page.getByText('Your answers are saved. You can continue later from the same link.').waitFor();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thank you for your feedback!' }).waitFor();
    await expectAccessible(page, 'thank-you page');

    await page.close();

    // Opened again (a new browser context: Finnish, the portal's default): the friendly page.
    const again = await openPage(browser, { width: 320, height: 720 });
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: 'Linkki ei ole enää käytössä' }).waitFor();
    await expectAccessible(again, 'unusable link page');
    await again.close();

    const answers = await rowsOf<{ recommendation: number }>(
      portal,
      'feedback',
      sql`select recommendation from feedback.answers`,
    );
    expect(answers).toEqual([{ recommendation: 9 }]);
  }, 120_000);
});
