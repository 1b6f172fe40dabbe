import { useId, useState, type ReactNode } from 'react';
import {
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import { CharacterCount } from './CharacterCount';
import { FieldDescription, FieldErrorMessage, FieldLabel } from './FieldParts';
import '../styles/foundation.css';
import './text-area-field.css';

// No `maxLength`: the browser would stop typing at it and silently cut pasted text.
export interface TextAreaFieldProps extends Omit<
  AriaTextFieldProps,
  'className' | 'style' | 'children' | 'maxLength'
> {
  label: ReactNode;
  description?: ReactNode;
  /** Shown, and announced as the field's description, while the field is invalid. */
  errorMessage?: ReactNode;
  placeholder?: string;
  /**
   * The most characters the text may have, counted under the field. Longer text is kept whole
   * (typed or pasted): the counter says how many characters too many and the field is invalid, so
   * the user shortens it themselves. Refusing it on submit stays the caller's validation.
   */
  characterLimit?: number;
}

/** A labelled multi-line text input (at least three rows, grows downwards) with an optional counter. */
export function TextAreaField({
  label,
  description,
  errorMessage,
  placeholder,
  characterLimit,
  ...props
}: TextAreaFieldProps) {
  const countId = useId();
  // Followed here as well, so the counter works whether or not the caller controls the value.
  const [uncontrolledValue, setUncontrolledValue] = useState(props.defaultValue ?? '');
  const value = props.value ?? uncontrolledValue;
  const counted = characterLimit !== undefined;
  const overLimit = counted && value.length > characterLimit;
  const describedBy = [props['aria-describedby'], counted ? countId : undefined].filter(Boolean).join(' ');

  return (
    <AriaTextField
      validationBehavior="aria"
      {...props}
      // Invalid at once when too long, not only after submit: the counter has said why.
      isInvalid={props.isInvalid || overLimit}
      aria-describedby={describedBy || undefined}
      onChange={(next) => {
        setUncontrolledValue(next);
        props.onChange?.(next);
      }}
      className="asi-field"
    >
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      <TextArea className="asi-field__input asi-text-area-field__input" placeholder={placeholder} rows={3} />
      <FieldDescription>{description}</FieldDescription>
      {counted ? <CharacterCount id={countId} count={value.length} limit={characterLimit} /> : null}
      <FieldErrorMessage>{errorMessage}</FieldErrorMessage>
    </AriaTextField>
  );
}
