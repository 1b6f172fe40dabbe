// Type-level tests: checked by `tsc` (the typecheck target), not run by vitest. Each
// `@ts-expect-error` fails the typecheck if the line below it ever compiles.
import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import { useValidatedSubmit, type FieldPath, type SubmitTarget } from '../src';

const visitSchema = z
  .object({
    unitId: z.uuid(),
    name: z.object({ fi: z.string(), sv: z.string() }),
    startsAt: z.iso.datetime({ offset: true }).transform((text) => new Date(text)),
    message: z.string().max(500).optional(),
    careGuarantee: z.object({ limitDays: z.number().int() }).nullable(),
  })
  .strict();
type VisitInput = z.input<typeof visitSchema>;
type VisitOutput = z.output<typeof visitSchema>;

const filled = {
  unitId: '',
  name: { fi: 'Neuvola', sv: 'Rådgivning' },
  startsAt: '2026-03-29T09:00:00+03:00',
  careGuarantee: null,
};

export function FormsThatCompileOrNot() {
  // A form that fills every field compiles; any field may still be unfilled, an optional one absent.
  useValidatedSubmit(visitSchema, filled);
  useValidatedSubmit(visitSchema, { ...filled, unitId: null, name: { fi: undefined, sv: '' } });

  // A form that misses a field of the schema (e.g. one the contract just gained) does not compile.
  // @ts-expect-error: 'startsAt' is missing
  useValidatedSubmit(visitSchema, { unitId: '', name: { fi: '', sv: '' }, careGuarantee: null });
  // @ts-expect-error: 'sv' is missing inside 'name'
  useValidatedSubmit(visitSchema, { ...filled, name: { fi: '' } });
  // @ts-expect-error: a field the schema does not have
  useValidatedSubmit(visitSchema, { ...filled, startAt: '' });
  // @ts-expect-error: a number where the schema takes text
  useValidatedSubmit(visitSchema, { ...filled, unitId: 42 });

  const form = useValidatedSubmit(visitSchema, filled);
  form.invalid('name.sv');
  form.field('careGuarantee.limitDays', { label: 'Raja', errorMessage: 'Anna kokonaisluku.' });
  // @ts-expect-error: no such field
  form.invalid('name.en');

  // The mutation receives what the schema made of the form (here a Date), not the draft.
  expectTypeOf<Parameters<typeof form.submitTo>[0]>().toEqualTypeOf<SubmitTarget<VisitOutput>>();
  const sendsText = { isPending: false, mutate: (_input: { startsAt: string }) => undefined };
  // @ts-expect-error: a target that takes the input's text, not the output's Date
  form.submitTo(sendsText);
}

expectTypeOf<FieldPath<VisitInput>>().toEqualTypeOf<
  | 'unitId'
  | 'name'
  | 'name.fi'
  | 'name.sv'
  | 'startsAt'
  | 'message'
  | 'careGuarantee'
  | 'careGuarantee.limitDays'
>();
