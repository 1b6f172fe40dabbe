// A feedback request from a visit to the answer: a nurse marks a visit attended in booking's day list,
// booking.visit.completed reaches the feedback service, whose SMS (in the development notification log,
// read from the feedback service's database through the test portal) carries the link; the resident opens
// it, switches to English, answers and sees the thank-you page; the link then shows the friendly page. The
// unit's feedback analyst sees no result while the answers are fewer than the threshold (2 here, so that
// the test need not answer five times), and the NPS once a second visit's answer reaches it.
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

/** Signs a test person in from the front page; the portal then speaks the person's language. */
async function signIn(page: Page, portal: TestPortal, person: RegExp, signedInAs: string) {
  await page.goto(`${portal.shellUrl}/`);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tunnistaudu' }).waitFor();
  await page.getByRole('button', { name: person }).click();
  await page
    .getByRole('button', { name: new RegExp(`(Kirjautuneena|Inloggad som|Signed in as) ${signedInAs}`) })
    .waitFor();
}

/** The nurse marks a client's visit attended in her unit's day list. */
async function markAttended(browser: Browser, portal: TestPortal, client: string) {
  const page = await openPage(browser, { width: 1280, height: 800 });
  await signIn(page, portal, /^Sari Niemi/, 'Sari Niemi');
  await page.getByRole('link', { name: 'Ajanvaraus' }).click();
  const dayList = page.getByRole('heading', { level: 1, name: 'Päivälista' });
  const units = page.getByRole('navigation', { name: 'Toimipisteesi' });
  await dayList.or(units).waitFor();
  if (await units.isVisible()) await units.getByRole('link', { name: unitName }).click();
  await dayList.waitFor();
  const actions = page.getByRole('group', { name: `Toiminnot: ${client}` });
  await actions.getByRole('button', { name: 'Käynyt' }).click();
  await actions.getByRole('button', { name: 'Käynyt' }).waitFor({ state: 'detached' });
  await expectAccessible(page, 'day list after the attended mark');
  await page.close();
}

/** The SMS texts the feedback service has handed to the development gateway, oldest first. */
const sentTexts = async (portal: TestPortal) =>
  (
    await rowsOf<{ text: string }>(
      portal,
      'feedback',
      sql`select text from feedback.notification_log order by created_at`,
    )
  ).map(({ text }) => text);

/** Waits for the n-th message (the relay, the bus, the consumer and the sender each poll). */
async function nthLink(portal: TestPortal, n: number): Promise<{ link: string; text: string }> {
  await expect.poll(async () => (await sentTexts(portal)).length, { timeout: 30_000, interval: 250 }).toBe(n);
  const text = (await sentTexts(portal))[n - 1]!;
  const found = /(https?:\/\/\S+\/feedback\/answer#[A-Za-z0-9_-]{43})/.exec(text);
  expect(found, 'the link in the SMS').not.toBeNull();
  return { link: found![1]!, text };
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
            environment: { FEEDBACK_SUPPRESSION_THRESHOLD: '2' },
            requestTiming: { delayMinutes: 0, quietFrom: '00:00', quietUntil: '00:00', validDays: 14 },
          }) as never,
        },
      }),
      launchBrowser(),
    ]);
    // Visits of Anna's and Emily's that began 20 minutes ago in the nurse's unit (the day list offers
    // "attended" from its start): written into booking's database, as no free time lies in the past.
    for (const [reference, subject, given, family, language] of [
      ['FBE2-TEST', TEST_SUBJECTS.guardianAnna, 'Anna', 'Virtanen', 'fi'],
      ['FBE3-TEST', TEST_SUBJECTS.englishSpeakerEmily, 'Emily', 'Clarke', 'en'],
    ] as const) {
      await portal.databaseOf('booking').db.execute(sql`
        insert into booking.bookings (reference, unit_id, service_type_id, resource_id, person_subject,
          person_given_name, person_family_name, booked_by, booked_by_subject, starts_at, ends_at, occupied_from,
          occupied_until, channel, reminder_channel, language, idempotency_key, request_fingerprint)
        select distinct on (r.id) ${reference}, st.unit_id, st.id, r.id, ${subject}, ${given}, ${family}, 'staff',
          ${TEST_SUBJECTS.nurseSari}, now() - interval '20 minutes', now() + interval '10 minutes',
          now() - interval '20 minutes', now() + interval '10 minutes', 'onSite', 'none', ${language},
          ${`e2e-feedback-request-${reference}`}, ${`e2e-feedback-request-${reference}`}
        from booking.service_types st join booking.resources r on r.unit_id = st.unit_id
        where st.unit_id = ${unitId}
        order by r.id
        limit 1 offset ${reference === 'FBE2-TEST' ? 0 : 1}`);
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('lets a nurse mark the visit attended, and the feedback service sends the link', async () => {
    await markAttended(browser, portal, 'Anna Virtanen');
    const sent = await nthLink(portal, 1);
    link = sent.link;
    expect(sent.text).toContain('Kiitos käynnistäsi');
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

  it('shows the unit no result below the threshold, and the NPS once a second answer reaches it', async () => {
    const analyst = await openPage(browser, { width: 1280, height: 800 });
    await signIn(analyst, portal, /^Heidi Lindqvist/, 'Heidi Lindqvist');
    await analyst.goto(`${portal.shellUrl}/feedback/staff/reports`);
    // Heidi speaks Swedish: wait for the language buttons before choosing Finnish (checking at once races
    // the shell's first render).
    const finnish = analyst.getByRole('button', { name: 'Suomi' });
    await finnish.waitFor();
    await finnish.click();
    await analyst.getByRole('heading', { level: 1, name: 'Palauteraportit' }).waitFor();
    const totalRow = analyst
      .getByRole('table', { name: /NPS = 100/ })
      .getByRole('row', { name: /Koko jakso/ });
    await totalRow.waitFor();
    expect(await totalRow.textContent()).toContain('—');

    await markAttended(browser, portal, 'Emily Clarke');
    const second = await nthLink(portal, 2);
    const page = await openPage(browser, { width: 320, height: 720 });
    await page.goto(second.link);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const recommendation = page.getByRole('radiogroup').first();
    await chooseRadio(recommendation.getByRole('radio', { name: '10', exact: true }));
    await page
      .getByRole('button', { name: /Lähetä palaute|Skicka svaret|Skicka respons|Send feedback/ })
      .click();
    await page
      .getByRole('heading', {
        level: 1,
        name: /Kiitos palautteestasi|Tack för din respons|Thank you for your feedback/,
      })
      .waitFor();
    await page.close();

    // Two promoters (9 and 10) of two: 100 × (2 − 0) / 2 = 100.
    await analyst.reload();
    await totalRow.waitFor();
    await expect.poll(async () => totalRow.textContent()).not.toContain('—');
    expect(await totalRow.textContent()).toContain('100');
    await expectAccessible(analyst, 'feedback report at the threshold');
    await analyst.close();
  }, 180_000);
});
