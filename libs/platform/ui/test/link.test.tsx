import { fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { initI18n } from '@asiointi/platform-i18n';
import { Link, UiProvider } from '../src';

describe('Link', () => {
  it('navigates with the router instead of reloading the page', () => {
    const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
    render(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={['/']}>
          <UiProvider>
            <Routes>
              <Route path="/" element={<Link href="/accessibility">Saavutettavuusseloste</Link>} />
              <Route path="/accessibility" element={<h1>Saavutettavuus</h1>} />
            </Routes>
          </UiProvider>
        </MemoryRouter>
      </I18nextProvider>,
    );
    const link = screen.getByRole('link', { name: 'Saavutettavuusseloste' });
    expect(link.getAttribute('href')).toBe('/accessibility');
    fireEvent.click(link);
    expect(screen.getByRole('heading', { level: 1, name: 'Saavutettavuus' })).toBeTruthy();
  });
});

describe('Link to somewhere else', () => {
  it.each([
    'mailto:saavutettavuus@example.fi',
    'tel:+358291234567',
    'https://www.saavutettavuusvaatimukset.fi',
  ])('keeps %s as it is', (href) => {
    const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
    render(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={['/accessibility']}>
          <UiProvider>
            <Link href={href}>Linkki</Link>
          </UiProvider>
        </MemoryRouter>
      </I18nextProvider>,
    );
    expect(screen.getByRole('link', { name: 'Linkki' }).getAttribute('href')).toBe(href);
  });
});
