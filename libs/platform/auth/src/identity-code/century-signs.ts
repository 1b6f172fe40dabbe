// Century signs of the Finnish personal identity code. Since 2023 each century has several signs, so that
// the population register does not run out of codes for one birth date (Government Decree 128/2010 as
// amended); the first sign of each century is the one printed before the reform.
export const centuryBySign: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** The sign written for each century unless a caller asks for another. */
export const defaultSignByCentury: Readonly<Record<number, string>> = { 1800: '+', 1900: '-', 2000: 'A' };

export function centuryOfSign(sign: string): number | undefined {
  return Object.hasOwn(centuryBySign, sign) ? centuryBySign[sign] : undefined;
}
