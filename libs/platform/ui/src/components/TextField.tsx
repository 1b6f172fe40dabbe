import type { ReactNode } from 'react';
import {
  Input,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import { FieldDescription, FieldErrorMessage, FieldLabel } from './FieldParts';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'style' | 'children'> {
  label: ReactNode;
  description?: ReactNode;
  /** Shown, and announced as the field's description, while `isInvalid` is true. */
  errorMessage?: ReactNode;
  placeholder?: string;
}

/** A labelled text input with optional help text and error message. */
export function TextField({ label, description, errorMessage, placeholder, ...props }: TextFieldProps) {
  return (
    <AriaTextField validationBehavior="aria" {...props} className="asi-field">
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      <Input className="asi-field__input" placeholder={placeholder} />
      <FieldDescription>{description}</FieldDescription>
      <FieldErrorMessage>{errorMessage}</FieldErrorMessage>
    </AriaTextField>
  );
}
