import path from 'node:path';
import { workspaceRoot } from '@asiointi/launcher';
import { callProcedure } from '@asiointi/platform-service/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { expectAccessible, expectNoHorizontalScroll } from './support/page-checks';
import { reactCopiesInBuild } from './support/react-copies';
import { startTestPortal, type TestPortal } from './support/test-portal';

interface LocalizedName {
  fi: string;
  sv: string;
  en: string;
}

async function query<T>(apiUrl: string, procedure: string, input?: unknown): Promise<T> {
  const answer = await callProcedure<T>(apiUrl, procedure, { input });
  expect(answer.status, procedure).toBe(200);
  return answer.data as T;
}

describe('booking remote inside the shell', () => {
  let portal: TestPortal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('opens from its tile and lists a unit’s services from the booking service’s database', async () => {
    const apiUrl = portal.apiUrlOf('booking');
    const units = await query<Array<{ id: string; name: LocalizedName }>>(apiUrl, 'units.list');
    expect(units.length).toBeGreaterThan(0);
    const unit = units[0]!;
    const services = await query<Array<{ name: LocalizedName }>>(apiUrl, 'services.listByUnit', { unitId: unit.id });
    expect(services.length).toBeGreaterThan(0);

    const page: Page = await openPage(browser);
    const remoteOrigin = new URL(portal.manifest.remotes[0]!.manifestUrl).origin;
    const remoteFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(remoteOrigin)) remoteFiles.push(path.basename(new URL(request.url()).pathname));
    });

    await page.goto(`${portal.shellUrl}/`);
    await page.getByRole('link', { name: 'Ajanvaraus' }).click();
    await page.waitForURL(`${portal.shellUrl}/booking`);
    await page.getByRole('button', { name: /Toimipiste/ }).click();
    await page.getByRole('option', { name: unit.name.fi }).click();
    const servicesRegion = page.getByRole('region', { name: `Palvelut: ${unit.name.fi}` });
    const serviceList = servicesRegion.getByRole('list').first();
    await serviceList.waitFor();

    const shownNames = await serviceList.getByRole('heading', { level: 3 }).allTextContents();
    expect(shownNames.sort()).toEqual(services.map((service) => service.name.fi).sort());
    await expectAccessible(page, 'booking services (fi)');

    // The remote's code came from its own server; its React did not.
    expect(remoteFiles).toContain('remoteEntry.js');
    const reactCopies = reactCopiesInBuild(path.join(workspaceRoot, 'dist/apps/booking'));
    expect(reactCopies.length).toBeGreaterThanOrEqual(2);
    expect(remoteFiles.filter((file) => reactCopies.includes(file))).toEqual([]);
    await page.close();
  });

  it('follows the language switch and fits a 320 px screen', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    await page.goto(`${portal.shellUrl}/booking`);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tidsbokning' }).waitFor();
    await page.getByRole('button', { name: /Verksamhetsställe/ }).waitFor();
    await expectNoHorizontalScroll(page, 'booking page');
    await expectAccessible(page, 'booking page (sv, 320 px)');
    await page.close();
  });
});
