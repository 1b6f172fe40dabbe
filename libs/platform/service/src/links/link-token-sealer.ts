// Tokens for links sent outside the portal ("cancel your appointment" in a reminder): the link must work
// without signing in, so the token itself carries what it is for, sealed. AES-256-GCM keeps the payload
// secret (a booking id in an SMS says nothing to whoever reads it) and makes any change detectable.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export type LinkTokenPayload = Record<string, string | number>;

export type OpenedLinkToken =
  { ok: true; payload: LinkTokenPayload } | { ok: false; reason: 'invalid' | 'expired' };

export interface LinkTokenSealer {
  /** A URL-safe (base64url) token that holds the payload and its expiry, readable only with the same secret and purpose. */
  seal(payload: LinkTokenPayload, expiresAt: Date): string;
  /** 'invalid' for anything not sealed by this sealer (another secret or purpose, tampered, truncated). */
  open(token: string, now: Date): OpenedLinkToken;
}

export const minimumLinkTokenSecretLength = 32;

/** First byte of every token: lets a later format or key scheme coexist with links already sent. */
const formatVersion = 1;
const ivBytes = 12;
const tagBytes = 16;
// A fixed salt is fine for HKDF when the input key is already high-entropy; the purpose goes into `info`.
const hkdfSalt = 'asiointi-link-token';

function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, hkdfSalt, `purpose:${purpose}`, 32));
}

function isPayload(value: unknown): value is LinkTokenPayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (item) => typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item)),
  );
}

/**
 * @param secret LINK_TOKEN_SECRET, at least 32 characters; changing it invalidates every link sent.
 * @param purpose e.g. "booking-cancel": a token sealed for one purpose never opens for another.
 */
export function createLinkTokenSealer(secret: string, purpose: string): LinkTokenSealer {
  if (secret.length < minimumLinkTokenSecretLength) {
    throw new Error(
      `The link token secret must be at least ${minimumLinkTokenSecretLength} characters long.`,
    );
  }
  if (purpose.trim() === '') throw new Error('A link token purpose is required.');
  const key = deriveKey(secret, purpose);
  const header = Buffer.from([formatVersion]);

  return {
    seal(payload, expiresAt) {
      if (!isPayload(payload))
        throw new TypeError('A link token payload holds strings and finite numbers only.');
      const expiresAtMs = expiresAt.getTime();
      if (!Number.isFinite(expiresAtMs)) throw new TypeError('A link token needs a valid expiry.');
      // The expiry is inside the sealed text, so it can be neither read nor extended.
      const plaintext = Buffer.from(JSON.stringify({ p: payload, e: expiresAtMs }), 'utf8');
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(header);
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return Buffer.concat([header, iv, ciphertext, cipher.getAuthTag()]).toString('base64url');
    },

    open(token, now) {
      const invalid = { ok: false, reason: 'invalid' } as const;
      // Buffer.from(…, 'base64url') skips characters it does not know; a strict check keeps tokens canonical.
      if (!/^[A-Za-z0-9_-]+$/.test(token)) return invalid;
      const bytes = Buffer.from(token, 'base64url');
      if (bytes.toString('base64url') !== token) return invalid;
      if (bytes.length < 1 + ivBytes + tagBytes + 1 || bytes[0] !== formatVersion) return invalid;
      const iv = bytes.subarray(1, 1 + ivBytes);
      const ciphertext = bytes.subarray(1 + ivBytes, bytes.length - tagBytes);
      const tag = bytes.subarray(bytes.length - tagBytes);
      let sealed: unknown;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: tagBytes });
        decipher.setAAD(header);
        decipher.setAuthTag(tag);
        const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
        sealed = JSON.parse(plaintext.toString('utf8'));
      } catch {
        return invalid;
      }
      const { p: payload, e: expiresAtMs } = (sealed ?? {}) as { p?: unknown; e?: unknown };
      if (!isPayload(payload) || typeof expiresAtMs !== 'number') return invalid;
      if (now.getTime() >= expiresAtMs) return { ok: false, reason: 'expired' };
      return { ok: true, payload };
    },
  };
}
