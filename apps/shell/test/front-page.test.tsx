import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feedbackRemote, renderShell } from './render-shell';

describe('front page', () => {
  it('has a heading, a title and a tile per deployed module', async () => {
    renderShell();
    expect(screen.getByRole('heading', { level: 1, name: 'Sähköinen asiointi' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Sähköinen asiointi – Länsirannikon hyvinvointialue'));
    expect(screen.getByRole('link', { name: 'Ajanvaraus' }).getAttribute('href')).toBe('/booking');
    expect(screen.getByText('Varaa, siirrä tai peru aika terveys- ja sosiaalipalveluihin.')).toBeTruthy();
  });

  it('shows no tile for a module that is not in the manifest', () => {
    renderShell({ remotes: [feedbackRemote] });
    expect(screen.getByRole('link', { name: 'Palaute' }).getAttribute('href')).toBe('/feedback');
    expect(screen.queryByRole('link', { name: 'Ajanvaraus' })).toBeNull();
  });

  it('still starts when remotes.json could not be loaded, and says so', () => {
    renderShell({ remotes: [], manifestUnavailable: true });
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'Palvelujen tietoja ei juuri nyt saatu ladattua. Yritä myöhemmin uudelleen.',
    );
  });

  it('has the landmarks, the skip link and the region name', () => {
    renderShell();
    expect(screen.getByRole('link', { name: 'Siirry pääsisältöön' })).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Länsirannikon hyvinvointialue');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo').textContent).toContain('Saavutettavuusseloste');
  });
});

describe('language switch', () => {
  it('offers each language in itself, marks the current one, and switches', async () => {
    renderShell();
    const group = screen.getByRole('group', { name: 'Kieli' });
    const buttons = ['Suomi', 'Svenska', 'English'].map((name) => screen.getByRole('button', { name }));
    expect(buttons.every((button) => group.contains(button))).toBe(true);
    expect(buttons.map((button) => button.getAttribute('lang'))).toEqual(['fi', 'sv', 'en']);
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false']);

    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'E-tjänster' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('link', { name: 'Tidsbokning' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('E-tjänster – Västkustens välfärdsområde'));
  });

  it('speaks English', () => {
    renderShell({ language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Online services' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Appointment booking' })).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('West Coast Wellbeing Services County');
  });
});
