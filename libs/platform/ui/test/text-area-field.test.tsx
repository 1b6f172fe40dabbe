import { useState } from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextAreaField } from '../src';
import { renderWithProviders } from './render-with-providers';

const characters = (count: number, max: number) => `${count} / ${max} merkkiä`;

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no polite live region');
  return region;
}

function ControlledMessage() {
  const [message, setMessage] = useState('Hei');
  return (
    <TextAreaField
      label="Viesti"
      value={message}
      onChange={setMessage}
      maxLength={1000}
      formatCharacterCount={characters}
    />
  );
}

afterEach(() => vi.useRealTimers());

describe('TextAreaField', () => {
  it('labels a multi-line input of three rows and describes it with the help text', () => {
    renderWithProviders(<TextAreaField label="Viesti" description="Kerro lyhyesti." />);
    const textarea = screen.getByRole('textbox', { name: 'Viesti', description: 'Kerro lyhyesti.' });
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea.getAttribute('rows')).toBe('3');
  });

  it('announces the error as part of the field and marks it invalid', () => {
    renderWithProviders(<TextAreaField label="Syy" isInvalid errorMessage="Kirjoita syy." />);
    const textarea = screen.getByRole('textbox', { name: 'Syy' });
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { description: /Kirjoita syy\./ })).toBe(textarea);
  });

  it('says in words that a field is required', () => {
    renderWithProviders(<TextAreaField label="Syy" isRequired />, { language: 'en' });
    const textarea = screen.getByRole('textbox', { name: 'Syy' });
    expect(textarea.hasAttribute('required') || textarea.getAttribute('aria-required') === 'true').toBe(true);
    expect(screen.getByText('(required)')).toBeTruthy();
  });

  it('counts the characters of a controlled value in the caller’s words, as part of the description', () => {
    renderWithProviders(<ControlledMessage />);
    const textarea = screen.getByRole('textbox', { name: 'Viesti' });
    expect(textarea.getAttribute('maxlength')).toBe('1000');
    expect(screen.getByRole('textbox', { description: '3 / 1000 merkkiä' })).toBe(textarea);

    fireEvent.change(textarea, { target: { value: 'Hei vaan' } });
    expect(screen.getByRole('textbox', { description: '8 / 1000 merkkiä' })).toBe(textarea);
  });

  it('counts an uncontrolled value too, keeping the caller’s own description', () => {
    renderWithProviders(
      <TextAreaField
        label="Viesti"
        description="Ei näy muistutuksissa."
        defaultValue="Moi"
        maxLength={500}
        formatCharacterCount={characters}
        aria-describedby="extra-help"
      />,
    );
    const textarea = screen.getByRole('textbox', { name: 'Viesti' });
    fireEvent.change(textarea, { target: { value: 'Moikka' } });
    expect(screen.getByText('6 / 500 merkkiä')).toBeTruthy();
    const describedBy = textarea.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy).toContain('extra-help');
    expect(describedBy).toHaveLength(3);
  });

  it('reads the count out once typing pauses, not on every keystroke', () => {
    vi.useFakeTimers();
    renderWithProviders(<ControlledMessage />);
    const textarea = screen.getByRole('textbox', { name: 'Viesti' });
    // Nothing is said before the resident types.
    expect(liveRegion().textContent).toBe('');

    fireEvent.change(textarea, { target: { value: 'Hei v' } });
    act(() => vi.advanceTimersByTime(500));
    fireEvent.change(textarea, { target: { value: 'Hei va' } });
    act(() => vi.advanceTimersByTime(500));
    expect(liveRegion().textContent).toBe('');

    act(() => vi.advanceTimersByTime(500));
    expect(liveRegion().textContent).toBe('6 / 1000 merkkiä');
  });

  it('shows no counter without a limit or without words for it', () => {
    renderWithProviders(
      <>
        <TextAreaField label="Ilman rajaa" formatCharacterCount={characters} />
        <TextAreaField label="Ilman sanoja" maxLength={100} />
      </>,
    );
    expect(screen.queryByText(/merkkiä/)).toBeNull();
    expect(document.querySelector('[aria-live]')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Ilman sanoja' }).hasAttribute('aria-describedby')).toBe(
      false,
    );
  });
});
