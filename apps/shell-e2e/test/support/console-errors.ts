// Every error a page writes to its console, and every uncaught exception, from the moment it is watched:
// a booking page must end a test with none.
import type { Page } from 'playwright-core';

export function watchConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}
