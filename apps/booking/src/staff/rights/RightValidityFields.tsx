import { useTranslation } from 'react-i18next';
import { TextField, type FieldProps, type FieldTexts } from '@asiointi/platform-ui';
import { PlainDateField } from '../PlainDateField';

export interface RightValidityFieldsProps {
  validFrom: string | null;
  onValidFromChange(value: string | null): void;
  validUntil: string | null;
  onValidUntilChange(value: string | null): void;
  uses: string;
  onUsesChange(value: string): void;
  /** The contract's upper bound for uses: 50 for a granted right, 10 for an invitation code. */
  maxUses: number;
  /** The form's props for the field at this input path (its check against the contract shown or not). */
  field(path: 'validFrom' | 'validUntil' | 'usesAllowed', texts: FieldTexts): FieldProps;
}

/** A booking right's validity window and use count, the same for a granted right and for invitation codes. */
export function RightValidityFields(props: RightValidityFieldsProps) {
  const { t } = useTranslation('booking');
  const fields = t('staff.rights.fields', { returnObjects: true, max: props.maxUses });
  return (
    <>
      <div className="booking-staff-filters">
        <PlainDateField
          {...props.field('validFrom', fields.validFrom)}
          value={props.validFrom}
          onChange={props.onValidFromChange}
          isRequired
        />
        <PlainDateField
          {...props.field('validUntil', fields.validUntil)}
          value={props.validUntil}
          onChange={props.onValidUntilChange}
          isRequired
        />
      </div>
      <TextField
        {...props.field('usesAllowed', fields.usesAllowed)}
        value={props.uses}
        onChange={props.onUsesChange}
        inputMode="numeric"
        isRequired
      />
    </>
  );
}
