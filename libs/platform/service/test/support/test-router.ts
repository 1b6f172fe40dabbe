import { z } from 'zod';
import { ApiError, initServiceTrpc } from '../../src/index';

/** A domain error as a domain lib would write it: no platform import, just the two fields. */
export class SlotTakenError extends Error {
  readonly kind = 'conflict';
  readonly domainErrorCode = 'SLOT_TAKEN';
}

/** Lets a test hold a request in flight and release it when it wants. */
export function createGate() {
  let open: () => void = () => {};
  let entered: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  const reached = new Promise<void>((resolve) => (entered = resolve));
  return { open, opened, entered, reached };
}

export type Gate = ReturnType<typeof createGate>;

export function createTestRouter(gate: Gate = createGate()) {
  const { createRouter, publicProcedure } = initServiceTrpc();
  return createRouter({
    greeting: createRouter({
      echo: publicProcedure
        .input(z.object({ name: z.string().min(2), identityCode: z.string().optional() }))
        .query(({ input, ctx }) => ({
          text: `Hei ${input.name}`,
          language: ctx.language,
          requestId: ctx.requestId,
        })),
    }),
    failures: createRouter({
      internal: publicProcedure.query(() => {
        throw new Error('database password is hunter2 for 010101-123N');
      }),
      domain: publicProcedure.mutation(() => {
        throw new SlotTakenError('slot 10:00 is taken');
      }),
      expected: publicProcedure.query(() => {
        throw new ApiError('NOT_FOUND', 'UNIT_NOT_FOUND');
      }),
    }),
    slow: publicProcedure.input(z.object({ payload: z.string() })).mutation(async () => {
      gate.entered();
      await gate.opened;
      return { done: true };
    }),
  });
}
