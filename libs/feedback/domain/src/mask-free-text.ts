// Free-text answers as reports show them: Finnish personal identity codes, phone numbers and e-mail
// addresses replaced by a mask, so that a comment does not name its writer or someone else to the reader.
// (The text is shown escaped by React; it is never HTML.)

export const freeTextMask = '[•••]';

/**
 * A Finnish personal identity code: DDMMYY, a century sign (+ for the 1800s; - or, since 2023, Y X W V U for
 * the 1900s; A or, since 2023, B C D E F for the 2000s), a three-digit individual number and a check
 * character. Matched without its checksum: a mistyped code is someone's code too.
 */
const identityCode = /(?<![\p{L}\p{N}])\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\p{L}\p{N}])/giu;

/** An e-mail address (also with a space-free obfuscation such as "at" left as it is). */
const emailAddress = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * A phone number: international (+358 40 123 4567, 00358401234567, +44 (20) 7946 0958) or Finnish
 * national (040 123 4567, 040-123 4567, (09) 123 4567, 09 1234 567): at least seven digits in all,
 * grouped by spaces, hyphens or brackets. Dates (12.3.2026) and plain years are not phone numbers.
 */
const phoneNumber =
  /(?<![\p{L}\p{N}])(?:(?:\+|00)\d{1,3}[\s-]?(?:\(\d{1,4}\)[\s-]?)?|\(0\d{1,3}\)[\s-]?|0\d{1,3}[\s-]?)\d{2,4}(?:[\s-]?\d{2,4}){1,3}(?![\p{L}\p{N}])/gu;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** The text with identity codes, e-mail addresses and phone numbers replaced by the mask. */
export function maskFreeText(text: string): string {
  return text
    .replace(identityCode, freeTextMask)
    .replace(emailAddress, freeTextMask)
    .replace(phoneNumber, (match) => (digitCount(match) >= 7 ? freeTextMask : match));
}
