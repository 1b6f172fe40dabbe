import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderShell } from './render-shell';

describe('routes', () => {
  beforeEach(() => {
    // The module route logs why its remote could not load (no federation runtime in tests).
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it("renders a module's route through RemoteBoundary; a remote that cannot load leaves the portal working", async () => {
    renderShell({ path: '/booking' });
    expect(screen.getByRole('heading', { level: 1, name: 'Ajanvaraus' })).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Palvelu ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.',
    );
    expect(screen.getByRole('button', { name: 'Yritä uudelleen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Saavutettavuusseloste' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Ajanvaraus – Länsirannikon hyvinvointialue'));
  });

  it('gives the module every path under it', async () => {
    renderShell({ path: '/booking/appointments/123' });
    expect(screen.getByRole('heading', { level: 1, name: 'Ajanvaraus' })).toBeTruthy();
    await screen.findByRole('alert');
  });

  it('has no route for a module missing from the manifest', async () => {
    renderShell({ path: '/feedback' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeTruthy();
  });

  it('has a not-found page with a way back', async () => {
    renderShell({ path: '/no-such-page', language: 'sv' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till startsidan' }).getAttribute('href')).toBe('/');
  });

  it("moves focus to the new page's heading after navigation", async () => {
    renderShell();
    const link = screen.getByRole('link', { name: 'Saavutettavuusseloste' });
    act(() => link.focus());
    fireEvent.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Saavutettavuusseloste' });
    expect(document.activeElement).toBe(heading);
  });

  it('leaves focus alone on the first page load', () => {
    renderShell();
    expect(document.activeElement).toBe(document.body);
  });
});
