import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPersons, testResident } from '../src/test-persons';
import { authorizationUrl, BrowserlessClient, createPkcePair } from '../src/testing/index';
import { startTestIdp, type TestIdp } from './support/start-test-idp';

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

/** Starts a sign-in and returns the browser and the interaction page's URL. */
async function openSignIn(uiLocales?: string): Promise<{ client: BrowserlessClient; pageUrl: string }> {
  const client = new BrowserlessClient();
  const params: Record<string, string> = {
    client_id: 'asiointi-shell',
    response_type: 'code',
    scope: 'openid profile',
    redirect_uri: 'http://127.0.0.1:4200/auth/callback',
    code_challenge: createPkcePair().challenge,
    code_challenge_method: 'S256',
  };
  if (uiLocales) params.ui_locales = uiLocales;
  const start = await client.request(authorizationUrl(idp.issuer, params));
  const interaction = await client.followUntil(start, idp.issuer, (location) => location.pathname.startsWith('/interaction/'));
  if (!(interaction instanceof URL)) throw new Error('no interaction');
  return { client, pageUrl: interaction.href };
}

const headings = {
  fi: { h1: 'Tunnistaudu', label: 'Henkilötunnus', staff: 'Henkilöstö' },
  sv: { h1: 'Identifiera dig', label: 'Personbeteckning', staff: 'Personal' },
  en: { h1: 'Identify yourself', label: 'Personal identity code', staff: 'Staff' },
} as const;

describe('the sign-in page', () => {
  it.each(['fi', 'sv', 'en'] as const)('renders in %s when the client asks with ui_locales', async (language) => {
    const { client, pageUrl } = await openSignIn(`${language}-FI de`);
    const response = await client.request(pageUrl);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain(`<html lang="${language}">`);
    expect(page).toContain(`<h1>${headings[language].h1}</h1>`);
    expect(page).toContain(`<label for="identity-code">${headings[language].label}</label>`);
    expect(page).toContain(headings[language].staff);
    expect(page).toMatch(new RegExp(`href="[^"]+\\?lang=${language}"[^>]*aria-current="true"`));
  });

  it('switches language with the language links', async () => {
    const { client, pageUrl } = await openSignIn('fi');
    const page = await (await client.request(`${pageUrl}?lang=sv`)).text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('lang="en" hreflang="en">In English</a>');
  });

  it('lists every test person as a button and shows no identity code', async () => {
    const { client, pageUrl } = await openSignIn();
    const page = await (await client.request(pageUrl)).text();
    for (const person of testPersons) {
      expect(page).toContain(`value="${person.subject}"`);
      expect(page).toContain(`${person.name.given} ${person.name.family}`);
      if (person.kind === 'resident') expect(page).not.toContain(person.identityCode);
    }
  });

  it('is self-contained and protected by its headers', async () => {
    const { client, pageUrl } = await openSignIn();
    const response = await client.request(pageUrl);
    const page = await response.text();
    expect(page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(page).toContain(`<style nonce="${nonce}">`);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('explains a mistyped code next to the field without echoing it, and keeps the language', async () => {
    const { client, pageUrl } = await openSignIn('en');
    const response = await client.postForm(`${pageUrl}/login`, { identityCode: '131052-308U', lang: 'en' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>Check the details: Identify yourself');
    expect(page).toContain('role="alert"');
    expect(page).toContain('aria-invalid="true"');
    expect(page).toContain('aria-describedby="identity-code-hint identity-code-error"');
    expect(page).toContain('The personal identity code is not valid.');
    expect(page).not.toContain('131052-308U');
  });

  it('tells a temporary code apart and refuses an unknown subject', async () => {
    const { client, pageUrl } = await openSignIn('fi');
    const temporary = await (await client.postForm(`${pageUrl}/login`, { identityCode: '010594Y9021' })).text();
    expect(temporary).toContain('Väliaikaisella tunnuksella');
    const unknown = await client.postForm(`${pageUrl}/login`, { subject: 'a51d0000-0000-4000-8000-00000000ffff' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Valittua testihenkilöä ei löydy');
  });

  it('returns to the client with access_denied when cancelled', async () => {
    const { client, pageUrl } = await openSignIn();
    const cancelled = await client.postForm(`${pageUrl}/abort`, {});
    const callback = await client.followUntil(cancelled, idp.issuer, (location) => location.port === '4200');
    if (!(callback instanceof URL)) throw new Error('expected a redirect to the shell');
    expect(callback.searchParams.get('error')).toBe('access_denied');
  });

  it('shows a translated page when the interaction cookie is missing or the interaction is unknown', async () => {
    const { pageUrl } = await openSignIn();
    const withoutCookie = await fetch(`${pageUrl}?lang=sv`);
    expect(withoutCookie.status).toBe(400);
    expect(await withoutCookie.text()).toContain('Identifieringen har gått ut');
    expect((await fetch(`${idp.issuer}/interaction/unknown/whatever`)).status).toBe(404);
  });

  it('refuses oversized and non-form posts', async () => {
    const { client, pageUrl } = await openSignIn();
    const tooLarge = await client.postForm(`${pageUrl}/login`, { identityCode: 'x'.repeat(5000) });
    expect(tooLarge.status).toBe(400);
    const json = await client.request(`${pageUrl}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect((await client.request(`${pageUrl}/login`)).status).toBe(405);
  });

  it('shows ages of residents', async () => {
    const { client, pageUrl } = await openSignIn('fi');
    const page = await (await client.request(pageUrl)).text();
    const aune = testResident('elderlyAuneWithMandate');
    const age = new Date().getFullYear() - Number(aune.birthDate.slice(0, 4));
    expect(page).toMatch(new RegExp(`(${age}|${age - 1}) v\\.`));
  });
});
