import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Alert } from '../src';
import { renderWithProviders } from './render-with-providers';

describe('Alert', () => {
  it('reads errors out at once (role alert)', () => {
    renderWithProviders(<Alert variant="error">Tallennus epäonnistui.</Alert>);
    expect(screen.getByRole('alert').textContent).toContain('Tallennus epäonnistui.');
  });

  it.each(['info', 'success'] as const)('reads %s politely (role status)', (variant) => {
    renderWithProviders(
      <Alert variant={variant} title="Huomio">
        Teksti
      </Alert>,
    );
    expect(screen.getByRole('status').textContent).toContain('Huomio');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
