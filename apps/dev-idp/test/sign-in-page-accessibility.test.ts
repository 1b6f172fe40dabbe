// @vitest-environment happy-dom
// axe-core on the rendered pages. happy-dom has no layout, so colour contrast is checked by hand in
// styles.ts (every pair at least 4.5:1) rather than here.
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { messagePage } from '../src/pages/message-page';
import { signInPage, type SignInProblem } from '../src/pages/sign-in-page';
import { testPersons } from '../src/test-persons';

function load(page: string): void {
  document.open();
  document.write(page);
  document.close();
}

async function violations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
}

afterEach(() => load('<!doctype html><html><body></body></html>'));

describe('sign-in page accessibility', () => {
  const cases: [ 'fi' | 'sv' | 'en', SignInProblem | undefined][] = [
    ['fi', undefined],
    ['sv', undefined],
    ['en', undefined],
    ['fi', 'IDENTITY_CODE_INVALID'],
    ['sv', 'UNKNOWN_PERSON'],
  ];

  it.each(cases)('has no axe violations in %s (problem: %s)', async (language, problem) => {
    load(
      signInPage({
        language,
        nonce: 'test',
        interactionPath: '/interaction/abc',
        clientName: 'Asiointi',
        persons: testPersons,
        now: new Date(),
        problem,
      }),
    );
    expect(document.documentElement.lang).toBe(language);
    expect(await violations()).toEqual([]);
  });

  it('labels every field and names every button', () => {
    load(signInPage({ language: 'fi', nonce: 'n', interactionPath: '/interaction/abc', clientName: 'Asiointi', persons: testPersons, now: new Date() }));
    const input = document.getElementById('identity-code');
    expect(document.querySelector('label[for="identity-code"]')).not.toBeNull();
    expect(input?.getAttribute('aria-describedby')).toBe('identity-code-hint');
    for (const button of Array.from(document.querySelectorAll('button'))) expect(button.textContent?.trim()).not.toBe('');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });

  it('has no axe violations on a message page', async () => {
    load(messagePage({ language: 'en', nonce: 'n', title: 'You have signed out', paragraphs: ['You can close this page.'] }));
    expect(await violations()).toEqual([]);
  });
});
