// Debian's Chromium driven by playwright-core, with the flags this machine kind needs (no network
// chatter to the outside, no sandbox as root).
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page that asks for reduced motion, as many residents' phones do: the UI then skips its short
 * colour transitions, so accessibility checks never catch a button halfway between two states.
 * CSP is bypassed only so that axe can be injected into pages with a strict policy (the identity
 * provider's); the tests never rely on inline scripts otherwise.
 */
export function openPage(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  return browser.newPage({ reducedMotion: 'reduce', bypassCSP: true, ...(viewport ? { viewport } : {}) });
}
