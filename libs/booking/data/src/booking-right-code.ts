import { createHash, randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a code is read off paper and typed on a phone.
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const codeLength = 12;

/**
 * A new invitation letter (kutsukirje) code, 12 characters from a 31-letter alphabet (about 59 bits), printed
 * in groups of four ("K7QM-2XHD-9PRA"). Only its hash is stored.
 */
export function generateBookingRightCode(): string {
  let code = '';
  for (let index = 0; index < codeLength; index += 1) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return code.match(/.{4}/g)!.join('-');
}

/** Upper case without spaces and hyphens: how a typed code is compared (the contract does the same). */
export function normaliseBookingRightCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** The stored form of a code: a database leak does not hand out usable codes. */
export function hashBookingRightCode(code: string): string {
  return createHash('sha256').update(normaliseBookingRightCode(code)).digest('hex');
}
