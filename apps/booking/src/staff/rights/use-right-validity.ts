import { useState } from 'react';
import { wholeNumberOf } from '../catalogue/form-values';
import { addCalendarDays, helsinkiToday } from '@asiointi/platform-time';
import type { RightValidityFieldsProps } from './RightValidityFields';

export interface RightValidity {
  /** What RightValidityFields shows and changes. */
  fields: Pick<
    RightValidityFieldsProps,
    'validFrom' | 'onValidFromChange' | 'validUntil' | 'onValidUntilChange' | 'uses' | 'onUsesChange'
  >;
  /** The window and use count for the contract's inputs (a missing date is null, for the schema to refuse). */
  values: { validFrom: string | null; validUntil: string | null; usesAllowed: number };
}

/**
 * A booking right's validity window (from today, for `validDays`) and use count (one), the state behind
 * RightValidityFields for a granted right and for invitation codes alike.
 */
export function useRightValidity(validDays: number): RightValidity {
  const [validFrom, setValidFrom] = useState<string | null>(helsinkiToday);
  const [validUntil, setValidUntil] = useState<string | null>(() =>
    addCalendarDays(helsinkiToday(), validDays),
  );
  const [uses, setUses] = useState('1');
  return {
    fields: {
      validFrom,
      onValidFromChange: setValidFrom,
      validUntil,
      onValidUntilChange: setValidUntil,
      uses,
      onUsesChange: setUses,
    },
    values: { validFrom, validUntil, usesAllowed: wholeNumberOf(uses) },
  };
}
