import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DateField } from '../src';
import { renderWithProviders } from './render-with-providers';

describe('DateField', () => {
  it('labels its segments and describes them with the help text', () => {
    renderWithProviders(<DateField label="Syntymäaika" description="Muodossa pp.kk.vvvv" />);
    const group = screen.getByRole('group', { name: 'Syntymäaika' });
    expect(group).toBeTruthy();
    const segments = screen.getAllByRole('spinbutton');
    expect(segments.length).toBe(3);
    expect(segments[0]?.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('orders the segments by the language: day first in Finnish', () => {
    renderWithProviders(<DateField label="Syntymäaika" />);
    const [first] = screen.getAllByRole('spinbutton');
    expect(first?.getAttribute('aria-label')).toMatch(/päivä/i);
  });

  it('announces its error', () => {
    renderWithProviders(<DateField label="Syntymäaika" isInvalid errorMessage="Päivämäärä puuttuu." />);
    expect(screen.getByText('Päivämäärä puuttuu.')).toBeTruthy();
    const [first] = screen.getAllByRole('spinbutton');
    const describedBy = first?.getAttribute('aria-describedby')?.split(' ') ?? [];
    const error = screen.getByText('Päivämäärä puuttuu.');
    expect(describedBy).toContain(error.id);
  });
});
