import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Button, Dialog, DialogTrigger, Link, PopoverDialog } from '../src';
import { renderWithProviders } from './render-with-providers';

describe('PopoverDialog', () => {
  it('opens a named panel from its button, and Escape closes it', () => {
    renderWithProviders(
      <DialogTrigger>
        <Button variant="secondary">Anna Virtanen</Button>
        <PopoverDialog aria-label="Käyttäjävalikko">
          <Link href="/my-data-access">Kuka on käsitellyt tietojani</Link>
        </PopoverDialog>
      </DialogTrigger>,
    );
    const trigger = screen.getByRole('button', { name: 'Anna Virtanen' });
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Käyttäjävalikko' });
    expect(dialog.textContent).toContain('Kuka on käsitellyt tietojani');
    act(() => {
      fireEvent.keyDown(dialog, { key: 'Escape' });
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('Dialog actions', () => {
  it('replaces the close button with its own buttons', () => {
    let closed = 0;
    renderWithProviders(
      <Dialog
        title="Jatketaanko?"
        role="alertdialog"
        isOpen
        onOpenChange={() => (closed += 1)}
        actions={(close) => <Button onPress={close}>Jatka</Button>}
      >
        Istunto päättyy pian.
      </Dialog>,
    );
    expect(screen.getByRole('alertdialog', { name: 'Jatketaanko?' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sulje' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Jatka' }));
    expect(closed).toBe(1);
  });
});
