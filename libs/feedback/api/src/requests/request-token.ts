// A request link's token: 256 random bits (base64url). Only its SHA-256 is stored; the token is
// high-entropy, so a plain hash is enough (no salt or slow hash), and lookups compare in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface RequestToken {
  token: string;
  tokenHash: string;
}

export function hashRequestToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newRequestToken(): RequestToken {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashRequestToken(token) };
}

/** Whether a stored hash is the hash of this token, compared in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashRequestToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
