import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { isWithin, type FieldPath } from './field-path';
import { fieldProps, type FieldProps, type FieldTexts } from './field-props';
import type { FormDraft } from './form-draft';

/** What this hook needs of a TanStack mutation: it is given what the schema made of the form. */
export interface SubmitTarget<Output> {
  isPending: boolean;
  mutate: (input: Output) => void;
}

export interface ValidatedSubmitOptions {
  /** Checks of drafts the schema never sees (e.g. a half-typed time); the form is sent only when true. */
  draftsValid?: boolean;
}

export interface ValidatedForm<Input = unknown, Output = unknown> {
  parsed: z.ZodSafeParseResult<Output>;
  /** Whether problems are shown: true from the first refused submit until `hideProblems`. */
  showInvalid: boolean;
  /** For the form's own notice (FormProblem): problems are shown and there are some. */
  showFormProblem: boolean;
  /** Whether the field at `path` (or something inside it) has a problem to show. */
  invalid: (path: FieldPath<Input>) => boolean;
  /** The props of the field at `path`, checked by the schema, with the module's texts for it. */
  field: (path: FieldPath<Input>, texts: FieldTexts) => FieldProps;
  /** The props of a field the form checks itself (a draft the schema never sees), shown at the same moments. */
  draftField: (hasProblem: boolean, texts: FieldTexts) => FieldProps;
  /** After a successful send, when the form is emptied for the next one. */
  hideProblems: () => void;
  /** The form's onSubmit: sends valid values to `target` unless it is already busy; else shows problems. */
  submitTo: (target: SubmitTarget<Output>) => (event: FormEvent) => void;
}

/**
 * A form's values checked with the contract's own schema. `values` must fill every field of the
 * schema's input (each may still be unfilled), so a field added to the contract is a compile error
 * in the form; the target receives what the schema made of them. Problems show only once the form
 * has been sent, so users are not told off while still typing; a valid form is sent once at a time.
 */
export function useValidatedSubmit<Schema extends z.ZodType>(
  schema: Schema,
  values: FormDraft<z.input<Schema>>,
  { draftsValid = true }: ValidatedSubmitOptions = {},
): ValidatedForm<z.input<Schema>, z.output<Schema>> {
  const [showInvalid, setShowInvalid] = useState(false);
  const parsed = schema.safeParse(values);
  const valid = parsed.success && draftsValid;
  const invalid = (path: string) =>
    showInvalid && !parsed.success && parsed.error.issues.some((issue) => isWithin(issue.path, path));

  return {
    parsed,
    showInvalid,
    showFormProblem: showInvalid && !valid,
    invalid,
    field: (path, texts) => fieldProps(texts, invalid(path)),
    draftField: (hasProblem, texts) => fieldProps(texts, showInvalid && hasProblem),
    hideProblems: () => setShowInvalid(false),
    submitTo: (target) => (event) => {
      event.preventDefault();
      if (!parsed.success || !draftsValid) {
        setShowInvalid(true);
        return;
      }
      if (!target.isPending) target.mutate(parsed.data);
    },
  };
}
