import { useState, type FormEvent } from 'react';
import { hasIssueAt } from './catalogue/form-values';

type ParseResult<Output> =
  | { success: true; data: Output }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };

/** A contract schema: what this hook needs of a zod schema. */
export interface FormSchema<Output> {
  safeParse(values: unknown): ParseResult<Output>;
}

/** What this hook needs of a TanStack mutation. */
export interface SubmitTarget<Output> {
  isPending: boolean;
  mutate: (input: Output) => void;
}

export interface ValidatedSubmitOptions {
  /** Checks of drafts the schema never sees (e.g. a half-typed time); the form is sent only when true. */
  draftsValid?: boolean;
}

/**
 * A staff form's values checked with the contract's own schema. Problems show only once the form
 * has been sent, so staff are not told off while still typing; a valid form is sent once at a time.
 */
export function useValidatedSubmit<Output>(
  schema: FormSchema<Output>,
  values: unknown,
  { draftsValid = true }: ValidatedSubmitOptions = {},
) {
  const [showInvalid, setShowInvalid] = useState(false);
  const parsed = schema.safeParse(values);
  const valid = parsed.success && draftsValid;

  return {
    parsed,
    /** Whether problems are shown: true from the first refused submit until `hideProblems`. */
    showInvalid,
    /** For the form's own notice (FormProblem): problems are shown and there are some. */
    showFormProblem: showInvalid && !valid,
    /** Whether the top-level field `path` has a problem to show. */
    invalid: (path: string) => showInvalid && hasIssueAt(parsed, path),
    /** After a successful send, when the form is emptied for the next one. */
    hideProblems: () => setShowInvalid(false),
    /** The form's onSubmit: sends valid values to `target` unless it is already busy; else shows problems. */
    submitTo:
      (target: SubmitTarget<Output>) =>
      (event: FormEvent): void => {
        event.preventDefault();
        if (!parsed.success || !draftsValid) {
          setShowInvalid(true);
          return;
        }
        if (!target.isPending) target.mutate(parsed.data);
      },
  };
}
