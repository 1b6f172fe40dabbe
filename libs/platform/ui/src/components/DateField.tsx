import type { ReactNode } from 'react';
import {
  DateField as AriaDateField,
  DateInput,
  DateSegment,
  type DateFieldProps as AriaDateFieldProps,
  type DateValue,
} from 'react-aria-components';
import { FieldDescription, FieldErrorMessage, FieldLabel } from './FieldParts';
import './date-field.css';

export interface DateFieldProps<T extends DateValue> extends Omit<
  AriaDateFieldProps<T>,
  'className' | 'style' | 'children'
> {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: ReactNode;
}

/**
 * A date typed segment by segment (day, month, year in the order of the current language), with
 * arrow keys to step each part. Values are `@internationalized/date` objects, free of time zones.
 */
export function DateField<T extends DateValue>({
  label,
  description,
  errorMessage,
  ...props
}: DateFieldProps<T>) {
  return (
    <AriaDateField validationBehavior="aria" {...props} className="asi-field">
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      <DateInput className="asi-field__input asi-date-field__input">
        {(segment) => <DateSegment segment={segment} className="asi-date-field__segment" />}
      </DateInput>
      <FieldDescription>{description}</FieldDescription>
      <FieldErrorMessage>{errorMessage}</FieldErrorMessage>
    </AriaDateField>
  );
}
