import { useTranslation } from 'react-i18next';
import { TextField } from '@asiointi/platform-ui';

export interface IdentityCodeFieldProps {
  value: string;
  onChange(value: string): void;
  isInvalid: boolean;
}

/**
 * Where staff type a resident's identity code (booking on behalf, granting a right): upper case as typed,
 * never autocompleted or spell-checked, so the browser keeps no copy of it.
 */
export function IdentityCodeField({ value, onChange, isInvalid }: IdentityCodeFieldProps) {
  const { t } = useTranslation('booking');
  return (
    <TextField
      label={t('staff.bookOnBehalf.identityCode')}
      description={t('staff.bookOnBehalf.identityCodeHelp')}
      value={value}
      onChange={(typed) => onChange(typed.toUpperCase())}
      autoComplete="off"
      spellCheck="false"
      isRequired
      isInvalid={isInvalid}
      errorMessage={t('staff.bookOnBehalf.identityCodeInvalid')}
    />
  );
}
