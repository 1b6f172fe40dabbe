// Checks every page of the portal must pass: no serious accessibility finding, nothing wider than
// the screen at 320 px.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAccessibilityViolations } from './axe';

export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} is wider than the screen`).toBeLessThanOrEqual(0);
}
