// The pages the bundle benchmark loads, each with its budget of JavaScript (gzipped bytes on the wire,
// 1 kB = 1000 bytes) and what makes it usable: its h1 and its main control visible.
import type { Page } from 'playwright-core';

export interface BundlePage {
  name: string;
  path: string;
  budgetBytes: number;
  /** Resolves when the page's h1 and main control are visible. */
  waitUntilShown(page: Page): Promise<void>;
}

export const bundlePages: BundlePage[] = [
  {
    name: 'front page',
    path: '/',
    budgetBytes: 150_000,
    async waitUntilShown(page) {
      await page.getByRole('heading', { level: 1, name: 'Sähköinen asiointi' }).waitFor();
      // The first module's tile: the way into every service.
      await page.getByRole('link', { name: 'Ajanvaraus' }).waitFor();
    },
  },
  {
    name: 'booking, first page',
    path: '/booking',
    budgetBytes: 250_000,
    async waitUntilShown(page) {
      await page.getByRole('heading', { level: 1, name: 'Ajanvaraus' }).waitFor();
      // The unit picker (React Aria Select: a button named by its label and value).
      await page.getByRole('button', { name: /Toimipiste/ }).waitFor();
    },
  },
];
