// The Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ: birth date, century sign, individual
// number and check character. A parsed code never shows itself by accident: printing, logging or
// serialising it yields a placeholder, and only `reveal()` gives the code back.
import {
  ageAt,
  type CalendarDateParts,
  formatCalendarDate,
  isValidCalendarDay,
  type PlainDate,
} from '@asiointi/platform-time';
import { centuryOfSign } from './century-signs';
import { computeCheckCharacter } from './check-character';
import { IDENTITY_CODE_PLACEHOLDER, maskIdentityCode } from './mask';

export type IdentityCodeProblem =
  | 'FORMAT'
  | 'CENTURY_SIGN'
  | 'DATE'
  | 'INDIVIDUAL_NUMBER'
  | 'TEMPORARY_NOT_ALLOWED'
  | 'CHECK_CHARACTER';

export interface IdentityCodeOptions {
  /**
   * Accept individual numbers 900–999. The register gives them as temporary codes to people who have
   * no permanent one yet; they are not what strong identification returns, so they are off by default.
   */
  allowTemporary?: boolean;
}

export type IdentityCodeValidation =
  | { valid: true; identityCode: IdentityCode }
  | { valid: false; problem: IdentityCodeProblem };

/**
 * The legacy parity rule of the individual number (odd: male, even: female). It reflects the register's
 * legal sex at the time the code was given, and the planned reform drops it; use it only where a legacy
 * interface demands it.
 */
export type LegalSexMarker = 'male' | 'female';

const identityCodePattern = /^(\d{2})(\d{2})(\d{2})([+A-Z-])(\d{3})([0-9A-Y])$/;
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

class IdentityCode {
  readonly #value: string;
  readonly birthDate: PlainDate;
  readonly birthDateParts: Readonly<CalendarDateParts>;
  readonly isTemporary: boolean;
  readonly legalSexMarker: LegalSexMarker;

  constructor(value: string, birthDateParts: CalendarDateParts, individualNumber: number) {
    this.#value = value;
    this.birthDateParts = Object.freeze({ ...birthDateParts });
    this.birthDate = formatCalendarDate(birthDateParts);
    this.isTemporary = individualNumber >= 900;
    this.legalSexMarker = individualNumber % 2 === 1 ? 'male' : 'female';
  }

  /** Completed years at the instant, judged by the date in Europe/Helsinki. */
  ageAt(instant: Date = new Date()): number {
    return ageAt(this.birthDateParts, instant);
  }

  /** The full code. Call it only where the code itself is needed (a register query, a database key). */
  reveal(): string {
    return this.#value;
  }

  /** The birth date part with the rest hidden, for showing a person which record is theirs. */
  get masked(): string {
    return maskIdentityCode(this.#value);
  }

  equals(other: IdentityCode): boolean {
    return other.#value === this.#value;
  }

  toString(): string {
    return IDENTITY_CODE_PLACEHOLDER;
  }

  toJSON(): string {
    return IDENTITY_CODE_PLACEHOLDER;
  }

  [inspectSymbol](): string {
    return `IdentityCode ${IDENTITY_CODE_PLACEHOLDER}`;
  }
}

// The class is exported as a type only: the one way to get an instance is through validation.
export type { IdentityCode };

/** Checks a code exactly as written (upper case, no spaces); see `normalizeIdentityCodeInput` for typed input. */
export function validateIdentityCode(input: string, options: IdentityCodeOptions = {}): IdentityCodeValidation {
  const match = identityCodePattern.exec(input);
  if (!match) return { valid: false, problem: 'FORMAT' };
  const [, dd, mm, yy, sign, zzz, check] = match as unknown as [string, string, string, string, string, string, string];

  const century = centuryOfSign(sign);
  if (century === undefined) return { valid: false, problem: 'CENTURY_SIGN' };

  const birthDateParts = { year: century + Number(yy), month: Number(mm), day: Number(dd) };
  if (!isValidCalendarDay(birthDateParts)) return { valid: false, problem: 'DATE' };

  const individualNumber = Number(zzz);
  if (individualNumber < 2) return { valid: false, problem: 'INDIVIDUAL_NUMBER' };
  if (individualNumber >= 900 && !options.allowTemporary) return { valid: false, problem: 'TEMPORARY_NOT_ALLOWED' };

  if (computeCheckCharacter(dd + mm + yy, zzz) !== check) return { valid: false, problem: 'CHECK_CHARACTER' };

  return { valid: true, identityCode: new IdentityCode(input, birthDateParts, individualNumber) };
}

export function isValidIdentityCode(input: string, options: IdentityCodeOptions = {}): boolean {
  return validateIdentityCode(input, options).valid;
}

/** Thrown by `parseIdentityCode`. Its message names the problem, never the code. */
export class InvalidIdentityCodeError extends Error {
  override readonly name = 'InvalidIdentityCodeError';
  constructor(readonly problem: IdentityCodeProblem) {
    super(`Invalid personal identity code (${problem})`);
  }
}

export function parseIdentityCode(input: string, options: IdentityCodeOptions = {}): IdentityCode {
  const result = validateIdentityCode(input, options);
  if (!result.valid) throw new InvalidIdentityCodeError(result.problem);
  return result.identityCode;
}

/** For codes a person typed: surrounding spaces dropped and letters upper-cased ("131052a308t"). */
export function normalizeIdentityCodeInput(input: string): string {
  return input.trim().toUpperCase();
}
