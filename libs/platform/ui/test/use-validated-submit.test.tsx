import { useState, type FormEvent } from 'react';
import { act, fireEvent, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Button, FormProblem, TextField, useValidatedSubmit } from '../src';
import { renderWithProviders } from './render-with-providers';

const bookingId = '0b7f3c1e-5d2a-4c8e-9f6b-2a1d3e4f5a6b';
// The shape of a contract's input: bounded, trimmed text and a nested object checked by a refinement.
const cancelSchema = z.object({ bookingId: z.uuid(), reason: z.string().trim().min(3).max(500) }).strict();
const namedSchema = z
  .object({
    name: z.object({ fi: z.string().min(1), sv: z.string().min(1) }),
    limit: z.object({ days: z.number().int().min(0) }).nullable(),
  })
  .strict();

function formEvent() {
  return { preventDefault: vi.fn() } as unknown as FormEvent & { preventDefault: ReturnType<typeof vi.fn> };
}

function renderForm(initial: { reason: string; draftsValid?: boolean }) {
  return renderHook(
    ({ reason, draftsValid }: { reason: string; draftsValid?: boolean }) =>
      useValidatedSubmit(cancelSchema, { bookingId, reason }, { draftsValid }),
    { initialProps: initial },
  );
}

describe('useValidatedSubmit', () => {
  it('shows no problems until the form is sent, then shows them and sends nothing', () => {
    const { result } = renderForm({ reason: 'x' });
    expect(result.current.parsed.success).toBe(false);
    expect(result.current.invalid('reason')).toBe(false);
    expect(result.current.showFormProblem).toBe(false);

    const target = { isPending: false, mutate: vi.fn() };
    const event = formEvent();
    act(() => result.current.submitTo(target)(event));

    expect(event.preventDefault).toHaveBeenCalled();
    expect(target.mutate).not.toHaveBeenCalled();
    expect(result.current.showInvalid).toBe(true);
    expect(result.current.invalid('reason')).toBe(true);
    expect(result.current.invalid('bookingId')).toBe(false);
    expect(result.current.showFormProblem).toBe(true);
  });

  it('sends the parsed values (as the contract shapes them) once, and not while a send is pending', () => {
    const { result } = renderForm({ reason: '  Hoitaja sairastui  ' });
    const target = { isPending: false, mutate: vi.fn() };
    act(() => result.current.submitTo(target)(formEvent()));
    expect(target.mutate).toHaveBeenCalledExactlyOnceWith({ bookingId, reason: 'Hoitaja sairastui' });
    expect(result.current.showInvalid).toBe(false);

    const busy = { isPending: true, mutate: vi.fn() };
    act(() => result.current.submitTo(busy)(formEvent()));
    expect(busy.mutate).not.toHaveBeenCalled();
  });

  it('refuses valid values while drafts the schema never sees are not', () => {
    const { result } = renderForm({ reason: 'Hoitaja sairastui', draftsValid: false });
    expect(result.current.parsed.success).toBe(true);
    const target = { isPending: false, mutate: vi.fn() };
    act(() => result.current.submitTo(target)(formEvent()));
    expect(target.mutate).not.toHaveBeenCalled();
    expect(result.current.showFormProblem).toBe(true);
    // The schema itself found nothing, so no field is marked.
    expect(result.current.invalid('reason')).toBe(false);
  });

  it('drops the notice when the values are fixed, and hides problems again after a send', () => {
    const { result, rerender } = renderForm({ reason: '' });
    act(() => result.current.submitTo({ isPending: false, mutate: vi.fn() })(formEvent()));
    expect(result.current.showFormProblem).toBe(true);

    rerender({ reason: 'Hoitaja sairastui' });
    expect(result.current.showFormProblem).toBe(false);
    expect(result.current.showInvalid).toBe(true);

    // The form is emptied after a successful send: the next one starts without problems shown.
    act(() => result.current.hideProblems());
    rerender({ reason: '' });
    expect(result.current.showInvalid).toBe(false);
    expect(result.current.invalid('reason')).toBe(false);
  });

  it('finds problems by dotted path, a parent path covering what is inside it', () => {
    const { result } = renderHook(() =>
      useValidatedSubmit(namedSchema, { name: { fi: 'Neuvola', sv: '' }, limit: { days: -1 } }),
    );
    act(() => result.current.submitTo({ isPending: false, mutate: vi.fn() })(formEvent()));
    expect(result.current.invalid('name.sv')).toBe(true);
    expect(result.current.invalid('name.fi')).toBe(false);
    expect(result.current.invalid('name')).toBe(true);
    expect(result.current.invalid('limit.days')).toBe(true);
  });

  it("gives a field the module's texts, and marks it invalid only once problems are shown", () => {
    const reasonTexts = { label: 'Syy', description: 'Kerrotaan asukkaalle.', errorMessage: 'Kirjoita syy.' };
    const { result } = renderForm({ reason: '' });
    expect(result.current.field('reason', reasonTexts)).toEqual({ ...reasonTexts, isInvalid: false });
    expect(result.current.draftField(true, reasonTexts).isInvalid).toBe(false);

    act(() => result.current.submitTo({ isPending: false, mutate: vi.fn() })(formEvent()));
    expect(result.current.field('reason', reasonTexts)).toEqual({ ...reasonTexts, isInvalid: true });
    expect(result.current.draftField(true, reasonTexts).isInvalid).toBe(true);
    expect(result.current.draftField(false, reasonTexts).isInvalid).toBe(false);
  });

  it('passes on only the texts a field takes, whatever else the translation bundle holds', () => {
    const { result } = renderForm({ reason: '' });
    const bundle = { label: 'Syy', errorMessage: 'Kirjoita syy.', heading: 'Peru varaus' };
    expect(result.current.field('reason', bundle)).toEqual({
      label: 'Syy',
      description: undefined,
      errorMessage: 'Kirjoita syy.',
      isInvalid: false,
    });
  });
});

function CancelForm({ onCancel }: { onCancel: (input: z.output<typeof cancelSchema>) => void }) {
  const [reason, setReason] = useState('');
  const form = useValidatedSubmit(cancelSchema, { bookingId, reason });
  return (
    <form onSubmit={form.submitTo({ isPending: false, mutate: onCancel })} noValidate>
      <TextField
        {...form.field('reason', { label: 'Syy', errorMessage: 'Kirjoita syy, 3–500 merkkiä.' })}
        value={reason}
        onChange={setReason}
        isRequired
      />
      <FormProblem show={form.showFormProblem} />
      <Button type="submit">Peru aika</Button>
    </form>
  );
}

describe('a form on the kit', () => {
  it("links the module's error text to the field, marks it invalid and says so once above the button", () => {
    const onCancel = vi.fn();
    renderWithProviders(<CancelForm onCancel={onCancel} />);
    const input = screen.getByRole('textbox', { name: /^Syy/ });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Peru aika' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { description: 'Kirjoita syy, 3–500 merkkiä.' })).toBe(input);
    expect(screen.getByRole('alert').textContent).toBe(
      'Tietoja puuttuu tai ne ovat virheellisiä. Tarkista alla merkityt kentät.',
    );
    expect(onCancel).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: 'Lääkäri sairastui' } });
    fireEvent.click(screen.getByRole('button', { name: 'Peru aika' }));
    expect(onCancel).toHaveBeenCalledExactlyOnceWith({ bookingId, reason: 'Lääkäri sairastui' });
  });

  it('says it in Swedish and English as well', () => {
    for (const [language, text] of [
      ['sv', 'Uppgifter saknas eller är felaktiga. Kontrollera de markerade fälten nedan.'],
      ['en', 'Some information is missing or wrong. Check the fields marked below.'],
    ] as const) {
      const { unmount } = renderWithProviders(<CancelForm onCancel={vi.fn()} />, { language });
      fireEvent.click(screen.getByRole('button'));
      expect(screen.getByRole('alert').textContent).toBe(text);
      unmount();
    }
  });
});
