import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageLayout } from '../src';
import { renderWithProviders } from './render-with-providers';

function Page() {
  return (
    <PageLayout header={<p>Palvelun nimi</p>} footer={<p>Alatunniste</p>}>
      <h1>Etusivu</h1>
    </PageLayout>
  );
}

describe('PageLayout', () => {
  it('has banner, main and contentinfo landmarks', () => {
    renderWithProviders(<Page />);
    expect(screen.getByRole('banner').textContent).toContain('Palvelun nimi');
    expect(screen.getByRole('main').textContent).toContain('Etusivu');
    expect(screen.getByRole('contentinfo').textContent).toContain('Alatunniste');
  });

  it('starts with a skip link in the current language that moves focus to the main content', () => {
    renderWithProviders(<Page />);
    const skipLink = screen.getByRole('link', { name: 'Siirry pääsisältöön' });
    expect(document.body.querySelector('a')).toBe(skipLink);
    fireEvent.click(skipLink);
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('translates the skip link', () => {
    renderWithProviders(<Page />, { language: 'sv' });
    expect(screen.getByRole('link', { name: 'Gå till huvudinnehållet' })).toBeTruthy();
  });
});
