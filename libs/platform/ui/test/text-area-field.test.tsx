import { useState } from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextAreaField } from '../src';
import { renderWithProviders } from './render-with-providers';

// Finnish and Swedish group thousands with a no-break space (U+00A0), as Intl formats them.
const nbsp = '\u00a0';

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no polite live region');
  return region;
}

function ControlledMessage() {
  const [message, setMessage] = useState('Hei');
  return <TextAreaField label="Viesti" value={message} onChange={setMessage} characterLimit={1000} />;
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

  it('counts the characters of a controlled value in Finnish, as part of the description', () => {
    renderWithProviders(<ControlledMessage />);
    const textarea = screen.getByRole('textbox', { name: 'Viesti' });
    expect(screen.getByRole('textbox', { description: `3 / 1${nbsp}000 merkkiä` })).toBe(textarea);

    fireEvent.change(textarea, { target: { value: 'Hei vaan' } });
    expect(screen.getByRole('textbox', { description: `8 / 1${nbsp}000 merkkiä` })).toBe(textarea);
    expect(textarea.getAttribute('aria-invalid')).toBeNull();
  });

  it('formats the numbers for the current language', () => {
    const text = 'x'.repeat(1200);
    renderWithProviders(<TextAreaField label="Message" defaultValue={text} characterLimit={10000} />, {
      language: 'en',
    });
    expect(screen.getByText('1,200 / 10,000 characters')).toBeTruthy();
  });

  it('never sets a native maxlength, so the browser cuts nothing', () => {
    renderWithProviders(<ControlledMessage />);
    expect(screen.getByRole('textbox', { name: 'Viesti' }).hasAttribute('maxlength')).toBe(false);
  });

  it('keeps pasted text that is too long whole, counts the excess and marks the field invalid', () => {
    renderWithProviders(<ControlledMessage />);
    const textarea = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Viesti' });
    const pasted = 'a'.repeat(1020);
    fireEvent.change(textarea, { target: { value: pasted } });

    expect(textarea.value).toBe(pasted);
    expect(screen.getByRole('textbox', { description: '20 merkkiä liikaa' })).toBe(textarea);
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    const count = screen.getByText('20 merkkiä liikaa');
    expect(count.classList.contains('asi-text-area-field__count--over')).toBe(true);
    // A mark besides the colour, hidden from screen readers, which hear the words.
    expect(count.querySelector('[aria-hidden="true"]')?.textContent).toBe('!');

    // One character over takes the singular; back at the limit the field is valid again.
    fireEvent.change(textarea, { target: { value: 'a'.repeat(1001) } });
    expect(screen.getByText('1 merkki liikaa')).toBeTruthy();
    fireEvent.change(textarea, { target: { value: 'a'.repeat(1000) } });
    expect(screen.getByRole('textbox', { description: `1${nbsp}000 / 1${nbsp}000 merkkiä` })).toBe(textarea);
    expect(textarea.getAttribute('aria-invalid')).toBeNull();
  });

  it('says in Swedish and English how many characters too many', () => {
    const { unmount } = renderWithProviders(
      <TextAreaField label="Meddelande" defaultValue={'a'.repeat(1020)} characterLimit={1000} />,
      { language: 'sv' },
    );
    expect(screen.getByText('20 tecken för mycket')).toBeTruthy();
    unmount();
    renderWithProviders(
      <TextAreaField label="Message" defaultValue={'a'.repeat(2001)} characterLimit={500} />,
      { language: 'en' },
    );
    expect(screen.getByText('1,501 characters too many')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Message' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the caller’s error message too while an uncontrolled text is over the limit', () => {
    renderWithProviders(
      <TextAreaField label="Syy" characterLimit={5} errorMessage="Kirjoita syy, 3–5 merkkiä." />,
    );
    const textarea = screen.getByRole('textbox', { name: 'Syy' });
    expect(screen.queryByText('Kirjoita syy, 3–5 merkkiä.')).toBeNull();
    fireEvent.change(textarea, { target: { value: 'Liian pitkä' } });
    expect(screen.getByText('Kirjoita syy, 3–5 merkkiä.')).toBeTruthy();
    expect(screen.getByText('6 merkkiä liikaa')).toBeTruthy();
  });

  it('counts an uncontrolled value too, keeping the caller’s own description', () => {
    renderWithProviders(
      <TextAreaField
        label="Viesti"
        description="Ei näy muistutuksissa."
        defaultValue="Moi"
        characterLimit={500}
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
    expect(liveRegion().textContent).toBe(`6 / 1${nbsp}000 merkkiä`);

    // Going over is read out the same way, once typing pauses.
    fireEvent.change(textarea, { target: { value: 'a'.repeat(1003) } });
    act(() => vi.advanceTimersByTime(500));
    expect(liveRegion().textContent).toBe(`6 / 1${nbsp}000 merkkiä`);
    act(() => vi.advanceTimersByTime(500));
    expect(liveRegion().textContent).toBe('3 merkkiä liikaa');
  });

  it('shows no counter without a limit', () => {
    renderWithProviders(<TextAreaField label="Ilman rajaa" defaultValue={'a'.repeat(5000)} />);
    expect(screen.queryByText(/merkki/)).toBeNull();
    expect(document.querySelector('[aria-live]')).toBeNull();
    const textarea = screen.getByRole('textbox', { name: 'Ilman rajaa' });
    expect(textarea.hasAttribute('aria-describedby')).toBe(false);
    expect(textarea.getAttribute('aria-invalid')).toBeNull();
  });
});
