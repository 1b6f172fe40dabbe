import type { FormEvent } from 'react';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { staffCancelBookingInputSchema } from '@asiointi/booking-contract';
import { useValidatedSubmit } from '../../src/staff/use-validated-submit';

const bookingId = '0b7f3c1e-5d2a-4c8e-9f6b-2a1d3e4f5a6b';

function formEvent() {
  return { preventDefault: vi.fn() } as unknown as FormEvent & { preventDefault: ReturnType<typeof vi.fn> };
}

function renderForm(initial: { reason: string; draftsValid?: boolean }) {
  return renderHook(
    ({ reason, draftsValid }: { reason: string; draftsValid?: boolean }) =>
      useValidatedSubmit(staffCancelBookingInputSchema, { bookingId, reason }, { draftsValid }),
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
});
