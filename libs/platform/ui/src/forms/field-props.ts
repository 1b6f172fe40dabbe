import type { ReactNode } from 'react';

/**
 * What a field says, in the user's language, given by the module (never the schema's own messages):
 * its label, optional help text, and what to do when its value is refused.
 */
export interface FieldTexts {
  label: ReactNode;
  description?: ReactNode;
  errorMessage: ReactNode;
}

/**
 * Spread on a platform field (TextField, Select, DateField, CheckboxGroup, RadioGroup…): its label and
 * help text, and once problems are shown, aria-invalid and the error text linked to it.
 */
export interface FieldProps extends FieldTexts {
  isInvalid: boolean;
}

/** A field's props from its texts. Picked, not spread: texts may come whole from a translation bundle. */
export function fieldProps({ label, description, errorMessage }: FieldTexts, isInvalid: boolean): FieldProps {
  return { label, description, errorMessage, isInvalid };
}
