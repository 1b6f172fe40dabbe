import { IDENTITY_CODE_PLACEHOLDER, redactIdentityCodes } from '@asiointi/platform-auth/identity-code';

// Finnish personal identity codes (henkilötunnus: DDMMYY, century sign, individual number, check character)
// must never reach a log line, wherever in a message or a value they appear. The platform's one pattern
// also catches lower case and a URL-encoded plus sign.

export const identityCodeMask = IDENTITY_CODE_PLACEHOLDER;

export function maskIdentityCodesInText(text: string): string {
  return redactIdentityCodes(text);
}

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Masks strings in plain objects and arrays (not in class instances such as requests), a few levels deep. */
export function maskIdentityCodes<T>(value: T, depth = 4): T {
  if (typeof value === 'string') return maskIdentityCodesInText(value) as T;
  if (depth === 0 || !isPlainContainer(value)) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => maskIdentityCodes(item, depth - 1)) as T;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, maskIdentityCodes(item, depth - 1)]),
  ) as T;
}
