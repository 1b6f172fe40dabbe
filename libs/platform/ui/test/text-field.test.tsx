import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextField } from '../src';
import { renderWithProviders } from './render-with-providers';

describe('TextField', () => {
  it('labels its input and describes it with the help text', () => {
    renderWithProviders(<TextField label="Puhelinnumero" description="Esimerkiksi 040 123 4567" />);
    const input = screen.getByLabelText('Puhelinnumero');
    expect(input.tagName).toBe('INPUT');
    expect(
      screen.getByRole('textbox', { name: 'Puhelinnumero', description: 'Esimerkiksi 040 123 4567' }),
    ).toBe(input);
  });

  it('announces the error as part of the field and marks it invalid', () => {
    renderWithProviders(<TextField label="Puhelinnumero" isInvalid errorMessage="Tarkista puhelinnumero." />);
    const input = screen.getByRole('textbox', { name: 'Puhelinnumero' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { description: /Tarkista puhelinnumero\./ })).toBe(input);
  });

  it('shows no error while the field is valid', () => {
    renderWithProviders(<TextField label="Puhelinnumero" errorMessage="Tarkista puhelinnumero." />);
    expect(screen.queryByText('Tarkista puhelinnumero.')).toBeNull();
  });

  it('says in words that a field is required, and tells assistive technology too', () => {
    renderWithProviders(<TextField label="Sukunimi" isRequired />, { language: 'sv' });
    const input = screen.getByRole('textbox', { name: 'Sukunimi' });
    expect(input.hasAttribute('required') || input.getAttribute('aria-required') === 'true').toBe(true);
    expect(screen.getByText('(obligatorisk)')).toBeTruthy();
  });
});
