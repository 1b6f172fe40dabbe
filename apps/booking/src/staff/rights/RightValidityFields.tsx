import { useTranslation } from 'react-i18next';
import { TextField } from '@asiointi/platform-ui';
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
  /** Whether the field at this input path failed the contract's check (and problems are shown). */
  invalid(path: 'validFrom' | 'validUntil' | 'usesAllowed'): boolean;
}

/** A booking right's validity window and use count, the same for a granted right and for invitation codes. */
export function RightValidityFields(props: RightValidityFieldsProps) {
  const { t } = useTranslation('booking');
  return (
    <>
      <div className="booking-staff-filters">
        <PlainDateField
          label={t('staff.rights.validFrom')}
          value={props.validFrom}
          onChange={props.onValidFromChange}
          isRequired
          isInvalid={props.invalid('validFrom')}
          errorMessage={t('staff.form.dateMissing')}
        />
        <PlainDateField
          label={t('staff.rights.validUntil')}
          value={props.validUntil}
          onChange={props.onValidUntilChange}
          isRequired
          isInvalid={props.invalid('validUntil')}
          errorMessage={t('staff.rights.validUntilInvalid')}
        />
      </div>
      <TextField
        label={t('staff.rights.uses')}
        description={t('staff.rights.usesHelp', { max: props.maxUses })}
        value={props.uses}
        onChange={props.onUsesChange}
        inputMode="numeric"
        isRequired
        isInvalid={props.invalid('usesAllowed')}
        errorMessage={t('staff.rights.usesInvalid', { max: props.maxUses })}
      />
    </>
  );
}
