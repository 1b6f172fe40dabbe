import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  type ListBoxItemProps,
  type SelectProps as AriaSelectProps,
} from 'react-aria-components';
import { FieldDescription, FieldErrorMessage, FieldLabel } from './FieldParts';
import './select.css';

export interface SelectProps<T extends object> extends Omit<
  AriaSelectProps<T>,
  'className' | 'style' | 'children'
> {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: ReactNode;
  items: Iterable<T>;
  /** Renders one option, usually a `<SelectItem>`. */
  children: (item: T) => ReactNode;
}

/**
 * A single choice from a list, opened with a button: keyboard (arrows, typing a letter, Enter,
 * Escape) and screen readers work as on a native select, and the list is styled the same everywhere.
 */
export function Select<T extends object>({
  label,
  description,
  errorMessage,
  items,
  children,
  ...props
}: SelectProps<T>) {
  return (
    <AriaSelect validationBehavior="aria" {...props} className="asi-field asi-select">
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      <AriaButton className="asi-field__input asi-select__trigger">
        <SelectValue className="asi-select__value" />
        <span className="asi-select__chevron" aria-hidden="true" />
      </AriaButton>
      <FieldDescription>{description}</FieldDescription>
      <FieldErrorMessage>{errorMessage}</FieldErrorMessage>
      <Popover className="asi-select__popover" offset={4}>
        <ListBox className="asi-select__list" items={items}>
          {children}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}

/** One option of a Select. */
export function SelectItem(props: Omit<ListBoxItemProps, 'className' | 'style'>) {
  return <ListBoxItem {...props} className="asi-select__option" />;
}
