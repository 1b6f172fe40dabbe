import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Button, Dialog, DialogTrigger } from '../src';
import { renderWithProviders } from './render-with-providers';

describe('Dialog', () => {
  it('opens named by its title, and its close button closes it', () => {
    renderWithProviders(
      <DialogTrigger>
        <Button>Peru aika</Button>
        <Dialog title="Perutaanko aika?">Aika vapautuu muille.</Dialog>
      </DialogTrigger>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Peru aika' }));
    const dialog = screen.getByRole('dialog', { name: 'Perutaanko aika?' });
    expect(dialog.textContent).toContain('Aika vapautuu muille.');
    fireEvent.click(screen.getByRole('button', { name: 'Sulje' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes with Escape', () => {
    renderWithProviders(
      <DialogTrigger>
        <Button>Ohje</Button>
        <Dialog title="Ohje">Teksti</Dialog>
      </DialogTrigger>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ohje' }));
    const dialog = screen.getByRole('dialog', { name: 'Ohje' });
    act(() => {
      fireEvent.keyDown(dialog, { key: 'Escape' });
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
