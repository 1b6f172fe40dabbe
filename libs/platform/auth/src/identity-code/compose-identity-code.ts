// Builds a valid code from its parts: for seed data and tests, which must never hand-compute checksums.
import { parseCalendarDate } from '@asiointi/platform-time';
import { centuryOfSign, defaultSignByCentury } from './century-signs';
import { computeCheckCharacter } from './check-character';

export interface IdentityCodeParts {
  /** "YYYY-MM-DD". */
  birthDate: string;
  /** 2–899, or 900–999 for a temporary code. */
  individualNumber: number;
  /** Defaults to the traditional sign of the birth century (+, - or A). */
  centurySign?: string;
}

export function composeIdentityCode({ birthDate, individualNumber, centurySign }: IdentityCodeParts): string {
  const date = parseCalendarDate(birthDate);
  if (!date) throw new RangeError('composeIdentityCode needs a valid YYYY-MM-DD birth date');
  if (!Number.isInteger(individualNumber) || individualNumber < 2 || individualNumber > 999) {
    throw new RangeError('composeIdentityCode needs an individual number from 2 to 999');
  }
  const century = Math.floor(date.year / 100) * 100;
  const sign = centurySign ?? defaultSignByCentury[century];
  if (sign === undefined || centuryOfSign(sign) !== century) {
    throw new RangeError('composeIdentityCode: no such century sign for the birth year');
  }
  const dateDigits = [date.day, date.month, date.year % 100].map((n) => String(n).padStart(2, '0')).join('');
  const individualDigits = String(individualNumber).padStart(3, '0');
  return `${dateDigits}${sign}${individualDigits}${computeCheckCharacter(dateDigits, individualDigits)}`;
}
