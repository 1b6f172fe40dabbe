import { createHash } from 'node:crypto';
import { generateReadableCode } from './readable-code';

/**
 * A new invitation letter (kutsukirje) code, 12 characters from a 31-letter alphabet (about 59 bits), printed
 * in groups of four ("K7QM-2XHD-9PRA"). Only its hash is stored.
 */
export function generateBookingRightCode(): string {
  return generateReadableCode(12);
}

/** Upper case without spaces and hyphens: how a typed code is compared (the contract does the same). */
export function normaliseBookingRightCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** The stored form of a code: a database leak does not hand out usable codes. */
export function hashBookingRightCode(code: string): string {
  return createHash('sha256').update(normaliseBookingRightCode(code)).digest('hex');
}
