import type { ReactNode } from 'react';
import { parseDate, type CalendarDate } from '@internationalized/date';
import type { PlainDate } from '@asiointi/platform-time';
import { DateField } from '@asiointi/platform-ui';

export interface PlainDateFieldProps {
  label: ReactNode;
  /** A Helsinki day as the contract has it ("2026-03-29"), or null when empty. */
  value: string | null;
  onChange: (value: PlainDate | null) => void;
  description?: ReactNode;
  errorMessage?: ReactNode;
  isInvalid?: boolean;
  isRequired?: boolean;
}

function toCalendarDate(value: string | null): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/** The platform's segmented date field, speaking the contract's "YYYY-MM-DD" strings. */
export function PlainDateField({ value, onChange, ...props }: PlainDateFieldProps) {
  return (
    <DateField<CalendarDate>
      {...props}
      value={toCalendarDate(value)}
      // A partly typed date is null until every segment is filled in.
      onChange={(date) => onChange(date ? (date.toString() as PlainDate) : null)}
    />
  );
}
