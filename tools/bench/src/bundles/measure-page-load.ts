// One page load in a fresh browser context (empty cache), watched through the DevTools protocol: every
// response's transfer size, the Largest Contentful Paint, and when the page became usable.
import type { Browser } from 'playwright-core';
import type { BundlePage } from './bundle-pages';
import { emulatedConditions, type NetworkProfile } from './network-profile';
import type { LoadedResource } from './transfer-summary';

export interface PageLoad {
  resources: LoadedResource[];
  /** Since navigation start: the h1 and main control visible. */
  shownMs: number;
  /** Largest Contentful Paint's start time, since navigation start. */
  lcpMs: number;
}

// Runs in the page before its own scripts (a string: this project is typed for Node, not the DOM).
const recordLcp = `
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

export async function measurePageLoad(
  browser: Browser,
  shellUrl: string,
  target: BundlePage,
  profile?: NetworkProfile,
): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fi-FI' });
  try {
    await context.addInitScript({ content: recordLcp });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const resources = new Map<string, LoadedResource>();
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      resources.set(requestId, {
        url: response.url,
        type: type ?? 'Other',
        mimeType: response.mimeType,
        transferBytes: 0,
        decodedBytes: 0,
        fromCache: Boolean(response.fromDiskCache || response.fromPrefetchCache),
      });
    });
    cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
      const resource = resources.get(requestId);
      if (resource) resource.decodedBytes += dataLength;
    });
    cdp.on('Network.requestServedFromCache', ({ requestId }) => {
      const resource = resources.get(requestId);
      if (resource) resource.fromCache = true;
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const resource = resources.get(requestId);
      if (!resource) return;
      resource.transferBytes = encodedDataLength;
      // Nothing came over the network: the memory cache answered (a frame loading the same file again).
      if (encodedDataLength === 0) resource.fromCache = true;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    if (profile) {
      await cdp.send('Network.emulateNetworkConditions', emulatedConditions(profile));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    }
    await page.goto(`${shellUrl}${target.path}`, { waitUntil: 'commit', timeout: 120_000 });
    await target.waitUntilShown(page);
    const shownMs = Number(await page.evaluate('performance.now()'));
    // Usable: shown, and nothing more arriving (no request for 500 ms).
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    const lcpMs = Number(await page.evaluate('window.__benchLcp ?? NaN'));
    return { resources: [...resources.values()], shownMs, lcpMs };
  } finally {
    await context.close();
  }
}
