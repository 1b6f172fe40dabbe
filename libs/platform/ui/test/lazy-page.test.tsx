import { lazy, type ComponentType } from 'react';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LazyPage, PageLayout, mainContentId } from '../src';
import { renderWithProviders } from './render-with-providers';

/** A lazy page whose chunk arrives when the test says so. */
function deferredPage() {
  let arrive: () => void = () => undefined;
  const chunk = new Promise<{ default: ComponentType }>((resolve) => {
    arrive = () =>
      resolve({
        default: function Page() {
          return <h1>Saavutettavuusseloste</h1>;
        },
      });
  });
  const Page = lazy(() => chunk);
  return {
    arrive: () =>
      act(async () => {
        arrive();
        await chunk;
      }),
    ui: (
      <PageLayout header={<p>Otsikko</p>} footer={<p>Alatunniste</p>}>
        <LazyPage loadingText="Ladataan sivua…">
          <Page />
        </LazyPage>
      </PageLayout>
    ),
  };
}

describe('LazyPage', () => {
  it('says politely what is loading until the page has come', async () => {
    const page = deferredPage();
    renderWithProviders(page.ui);
    expect(screen.getByRole('status').textContent).toBe('Ladataan sivua…');
    await page.arrive();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Saavutettavuusseloste');
  });

  it('moves focus that waited on <main> to the page h1 once the page has come', async () => {
    const page = deferredPage();
    renderWithProviders(page.ui);
    const main = document.getElementById(mainContentId);
    main?.focus();
    expect(document.activeElement).toBe(main);
    await page.arrive();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('leaves focus alone on a fresh page load (body) and when the person has moved on', async () => {
    const fresh = deferredPage();
    const { unmount } = renderWithProviders(fresh.ui);
    expect(document.activeElement).toBe(document.body);
    await fresh.arrive();
    expect(document.activeElement).toBe(document.body);
    unmount();

    const movedOn = deferredPage();
    renderWithProviders(movedOn.ui);
    const skipLink = screen.getByRole('link', { name: 'Siirry pääsisältöön' });
    skipLink.focus();
    await movedOn.arrive();
    expect(document.activeElement).toBe(skipLink);
  });
});
