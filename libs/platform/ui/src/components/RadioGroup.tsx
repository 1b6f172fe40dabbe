import type { ReactNode } from 'react';
import {
  RadioButton,
  RadioField,
  RadioGroup as AriaRadioGroup,
  Text,
  type RadioFieldProps,
  type RadioGroupProps as AriaRadioGroupProps,
} from 'react-aria-components';
import { FieldDescription, FieldErrorMessage, FieldLabel } from './FieldParts';
import './choice.css';

export interface RadioGroupProps extends Omit<AriaRadioGroupProps, 'className' | 'style' | 'children'> {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: ReactNode;
  children: ReactNode;
}

/**
 * One choice out of a few, all visible at once: better than a select for two to five options, and
 * for people who find popup lists hard. Arrow keys move between the options, Tab leaves the group.
 */
export function RadioGroup({ label, description, errorMessage, children, ...props }: RadioGroupProps) {
  return (
    <AriaRadioGroup validationBehavior="aria" {...props} className="asi-field asi-choice-group">
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      <FieldDescription>{description}</FieldDescription>
      <div className="asi-choice-group__options">{children}</div>
      <FieldErrorMessage>{errorMessage}</FieldErrorMessage>
    </AriaRadioGroup>
  );
}

export interface RadioProps extends Omit<RadioFieldProps, 'className' | 'style' | 'children'> {
  children: ReactNode;
  /** A line under the option, announced as its description (not as part of its name). */
  description?: ReactNode;
}

/** One option of a RadioGroup; the whole row (at least 44 px high) is the target. */
export function Radio({ children, description, ...props }: RadioProps) {
  return (
    <RadioField {...props} className="asi-choice-field">
      <RadioButton className="asi-choice asi-choice--radio">
        <span className="asi-choice__mark" aria-hidden="true" />
        <span className="asi-choice__label">{children}</span>
      </RadioButton>
      {description ? (
        <Text slot="description" className="asi-choice__description">
          {description}
        </Text>
      ) : null}
    </RadioField>
  );
}
