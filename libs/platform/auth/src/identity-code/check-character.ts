// The check character: the nine digits of the birth date and individual number read as one number,
// modulo 31, looked up in a 31-character alphabet without the letters easily confused (G, I, O, Q, Z).
export const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** `dateDigits` is DDMMYY (6 digits), `individualNumber` ZZZ (3 digits). */
export function computeCheckCharacter(dateDigits: string, individualNumber: string): string {
  if (!/^\d{6}$/.test(dateDigits) || !/^\d{3}$/.test(individualNumber)) {
    throw new RangeError('computeCheckCharacter needs 6 date digits and a 3-digit individual number');
  }
  // Nine digits fit well inside a double, so plain arithmetic is exact.
  return CHECK_CHARACTERS.charAt(Number(dateDigits + individualNumber) % 31);
}
