import type { ReactNode } from 'react';
import {
  CheckboxButton,
  CheckboxField,
  CheckboxGroup as AriaCheckboxGroup,
  Text,
  type CheckboxFieldProps,
  type CheckboxGroupProps as AriaCheckboxGroupProps,
} from 'react-aria-components';
import { FieldDescription, FieldErrorMessage, FieldLabel } from './FieldParts';
import './choice.css';

export interface CheckboxGroupProps extends Omit<AriaCheckboxGroupProps, 'className' | 'style' | 'children'> {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: ReactNode;
  children: ReactNode;
}

/** Several independent yes/no choices under one label (a group, announced as such). */
export function CheckboxGroup({ label, description, errorMessage, children, ...props }: CheckboxGroupProps) {
  return (
    <AriaCheckboxGroup validationBehavior="aria" {...props} className="asi-field asi-choice-group">
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      <FieldDescription>{description}</FieldDescription>
      <div className="asi-choice-group__options">{children}</div>
      <FieldErrorMessage>{errorMessage}</FieldErrorMessage>
    </AriaCheckboxGroup>
  );
}

export interface CheckboxProps extends Omit<CheckboxFieldProps, 'className' | 'style' | 'children'> {
  children: ReactNode;
  /** A line under the checkbox, announced as its description (not as part of its name). */
  description?: ReactNode;
}

/** A checkbox with its label; inside a CheckboxGroup give it a `value`. */
export function Checkbox({ children, description, ...props }: CheckboxProps) {
  return (
    <CheckboxField {...props} className="asi-choice-field">
      <CheckboxButton className="asi-choice asi-choice--checkbox">
        <span className="asi-choice__mark" aria-hidden="true" />
        <span className="asi-choice__label">{children}</span>
      </CheckboxButton>
      {description ? (
        <Text slot="description" className="asi-choice__description">
          {description}
        </Text>
      ) : null}
    </CheckboxField>
  );
}
