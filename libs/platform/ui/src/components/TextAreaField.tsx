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

export interface TextAreaFieldProps extends Omit<AriaTextFieldProps, 'className' | 'style' | 'children'> {
  label: ReactNode;
  description?: ReactNode;
  /** Shown, and announced as the field's description, while `isInvalid` is true. */
  errorMessage?: ReactNode;
  placeholder?: string;
  /**
   * The words of a character counter, shown under the field when `maxLength` is set too, e.g.
   * `(count, max) => t('characterCount', { count, max })`. The caller translates: this library has
   * no words of its own for it.
   */
  formatCharacterCount?: (count: number, maxLength: number) => string;
}

/** A labelled multi-line text input (at least three rows, grows downwards) with an optional counter. */
export function TextAreaField({
  label,
  description,
  errorMessage,
  placeholder,
  formatCharacterCount,
  ...props
}: TextAreaFieldProps) {
  const countId = useId();
  // Followed here as well, so the counter works whether or not the caller controls the value.
  const [uncontrolledValue, setUncontrolledValue] = useState(props.defaultValue ?? '');
  const value = props.value ?? uncontrolledValue;
  const { maxLength } = props;
  const counted = maxLength !== undefined && formatCharacterCount !== undefined;
  const describedBy = [props['aria-describedby'], counted ? countId : undefined].filter(Boolean).join(' ');

  return (
    <AriaTextField
      validationBehavior="aria"
      {...props}
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
      {counted ? (
        <CharacterCount
          id={countId}
          count={value.length}
          maxLength={maxLength}
          format={formatCharacterCount}
        />
      ) : null}
      <FieldErrorMessage>{errorMessage}</FieldErrorMessage>
    </AriaTextField>
  );
}
