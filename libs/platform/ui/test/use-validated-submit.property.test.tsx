import type { FormEvent } from 'react';
import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { useValidatedSubmit, type FormDraft } from '../src';

// A contract's input of the usual kinds: an id, trimmed bounded text, a bounded whole number typed as
// text (NaN when it is not one), a choice, and a nested optional object checked by a refinement.
const schema = z
  .object({
    unitId: z.uuid(),
    reason: z.string().trim().min(3).max(20),
    count: z.number().int().min(1).max(10),
    channel: z.enum(['sms', 'email']),
    period: z
      .object({ from: z.iso.date(), until: z.iso.date() })
      .refine((period) => period.until >= period.from, { path: ['until'] })
      .optional(),
  })
  .strict();

const unfilled = fc.constantFrom(null, undefined);
// Each field usually right, so that whole drafts the schema accepts are common too.
const mostly = <T, U>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: wrong, weight: 1 });
const draft: fc.Arbitrary<FormDraft<z.input<typeof schema>>> = fc.record({
  unitId: mostly(fc.uuid({ version: 4 }), fc.oneof(fc.string(), unfilled)),
  reason: mostly(
    fc.string({ minLength: 3, maxLength: 20 }),
    fc.oneof(fc.string({ maxLength: 30 }), unfilled),
  ),
  count: mostly(
    fc.integer({ min: 1, max: 10 }),
    fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double(), unfilled),
  ),
  channel: mostly(fc.constantFrom('sms' as const, 'email' as const), unfilled),
  period: mostly(
    fc.constant(undefined),
    fc.oneof(
      fc.record({
        from: fc.constantFrom('2026-03-29', '2026-03-30', '2026-02-30', '', null),
        until: fc.constantFrom('2026-03-29', '2026-03-30', 'huomenna', undefined),
      }),
      fc.constant(null),
    ),
  ),
});

function formEvent() {
  return { preventDefault: () => undefined } as unknown as FormEvent;
}

describe('useValidatedSubmit, for any draft', () => {
  it('calls mutate only with what the schema accepts, once, and only when drafts are valid and idle', () => {
    const seen = { sent: 0, refused: 0 };
    fc.assert(
      fc.property(draft, fc.boolean(), fc.boolean(), (values, draftsValid, isPending) => {
        const { result, unmount } = renderHook(() => useValidatedSubmit(schema, values, { draftsValid }));
        const target = { isPending, mutate: vi.fn() };
        act(() => result.current.submitTo(target)(formEvent()));
        unmount();

        const accepted = schema.safeParse(values);
        for (const [sent] of target.mutate.mock.calls) {
          expect(schema.safeParse(sent).success).toBe(true);
          expect(sent).toEqual(accepted.data);
        }
        expect(target.mutate).toHaveBeenCalledTimes(accepted.success && draftsValid && !isPending ? 1 : 0);
        seen.sent += target.mutate.mock.calls.length;
        if (!accepted.success) seen.refused += 1;
      }),
      { numRuns: 300 },
    );
    // Both ways were taken, so the property above was tested on sends as well as refusals.
    expect(seen.sent).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
