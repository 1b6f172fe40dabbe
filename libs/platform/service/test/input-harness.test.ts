// The input harness finds what it is for: a 5xx from an input the schema let through, a refusal that had
// already written, and a field without an upper bound; and it passes a procedure that does neither.
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, initServiceTrpc } from '../src/index';
import {
  checkProcedureInputs,
  type JsonSchema,
  type RouterProcedure,
  routerProcedures,
  unboundedFields,
} from '../src/testing/index';
import { startTestService } from './support/start-test-service';

/** Rows of a pretend table: what the fingerprint digests. */
const rows: string[] = [];
const fingerprint = async () => rows.join('\n');

function createHarnessTestRouter() {
  const { createRouter, publicProcedure } = initServiceTrpc();
  const note = z.object({ text: z.string().trim().min(1).max(200), day: z.iso.date() }).strict();
  return createRouter({
    notes: createRouter({
      /** Refuses NUL bytes in its schema and keeps days in range before it touches anything. */
      careful: publicProcedure
        .input(
          note.refine(
            (input) =>
              !input.text.includes('\u0000') && input.day >= '1900-01-01' && input.day <= '2199-12-31',
          ),
        )
        .mutation(({ input }) => {
          rows.push(input.text);
          return { stored: rows.length };
        }),
      /** Like a database that cannot hold NUL bytes or year 0000: fails on what its schema let through. */
      breaksOnNul: publicProcedure.input(note).mutation(({ input }) => {
        if (input.text.includes('\u0000') || input.day < '0001-01-01')
          throw new Error('invalid byte sequence');
        return { ok: true };
      }),
      /** Writes, then refuses: the half-written row the harness must catch. */
      writesThenRefuses: publicProcedure.input(note).mutation(({ input }) => {
        rows.push(input.text);
        if (input.text.length > 5) throw new ApiError('BAD_REQUEST', 'TOO_LONG');
        return { ok: true };
      }),
    }),
  });
}

const router = createHarnessTestRouter();
const procedureOf = (path: string): RouterProcedure => {
  const found = routerProcedures(router).find((procedure) => procedure.path === path);
  if (!found) throw new Error(path);
  return found;
};

describe('the input harness', () => {
  let running: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    running = await startTestService({ router, config: { logLevel: 'silent', rateLimitPerMinute: 100_000 } });
  });
  afterAll(() => running.service.close());

  const check = (path: string) =>
    checkProcedureInputs({
      url: running.service.url,
      procedure: procedureOf(path),
      callers: { public: async () => ({}) },
      dataFingerprint: fingerprint,
      runs: 40,
    });

  it('lists every procedure with its kind and the JSON Schema of its input', () => {
    expect(routerProcedures(router).map(({ path, mutation }) => ({ path, mutation }))).toEqual([
      { path: 'notes.breaksOnNul', mutation: true },
      { path: 'notes.careful', mutation: true },
      { path: 'notes.writesThenRefuses', mutation: true },
    ]);
    expect(procedureOf('notes.careful').input).toMatchObject({ properties: { text: { maxLength: 200 } } });
  });

  it('passes a procedure that refuses bad input before it writes', async () => {
    await expect(check('notes.careful')).resolves.toBeUndefined();
  });

  it('finds the input that makes a procedure answer 500', async () => {
    await expect(check('notes.breaksOnNul')).rejects.toThrow(/notes\.breaksOnNul answered 500/);
  });

  it('finds a refused call that wrote a row', async () => {
    await expect(check('notes.writesThenRefuses')).rejects.toThrow(/refused \(TOO_LONG\) but changed rows/);
  });
});

describe('the bounds check', () => {
  const fieldsOf = (schema: z.ZodType) =>
    unboundedFields(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema);

  it('names each field without an upper bound', () => {
    const schema = z.object({
      phone: z.string().min(1),
      horizonDays: z.number().int().positive(),
      names: z.array(z.string().max(10)),
      at: z.iso.datetime(),
      tags: z.record(z.string(), z.boolean()),
    });
    expect(fieldsOf(schema)).toEqual([
      'phone: string without maxLength',
      'horizonDays: number without minimum and maximum',
      'names: list without maxItems',
      'at: string without maxLength',
      'tags: record without a bounded set of keys',
      'tags{key}: string without maxLength',
    ]);
  });

  it('accepts bounded fields, fixed-width patterns and enumerated keys', () => {
    const schema = z.object({
      phone: z.string().max(30).nullable(),
      horizonDays: z.number().int().min(1).max(365),
      names: z.array(z.string().max(10)).max(5),
      day: z.iso.date(),
      id: z.uuid(),
      time: z.string().regex(/^\d\d:\d\d$/),
      kind: z.enum(['a', 'b']),
      week: z.partialRecord(z.enum(['mon', 'tue']), z.boolean()),
    });
    expect(fieldsOf(schema)).toEqual([]);
  });
});
