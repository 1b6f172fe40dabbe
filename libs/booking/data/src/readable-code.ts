import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a code is read off paper or a screen and typed on a phone or read out on the phone.
const readableAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random code of `length` characters (a multiple of four) from that alphabet, in groups of four: "K7QM-2XHD". */
export function generateReadableCode(length: number): string {
  let code = '';
  for (let index = 0; index < length; index += 1)
    code += readableAlphabet[randomInt(readableAlphabet.length)];
  return code.match(/.{4}/g)!.join('-');
}
