import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, Label, Text } from 'react-aria-components';
import '../styles/foundation.css';
import './field.css';

/** The label of a field; a required field says so in words, not only with a star. */
export function FieldLabel({ children, isRequired }: { children: ReactNode; isRequired?: boolean }) {
  const { t } = useTranslation();
  return (
    <Label className="asi-field__label">
      {children}
      {isRequired ? (
        // Hidden from screen readers, which already announce "required" from the input itself.
        <span className="asi-field__required" aria-hidden="true">
          {` (${t('field.required')})`}
        </span>
      ) : null}
    </Label>
  );
}

/** Help text under a field, linked to it as its description. */
export function FieldDescription({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <Text slot="description" className="asi-field__description">
      {children}
    </Text>
  );
}

/** The error under a field: shown while the field is invalid and linked to it as a description. */
export function FieldErrorMessage({ children }: { children?: ReactNode }) {
  return <FieldError className="asi-field__error">{children}</FieldError>;
}
