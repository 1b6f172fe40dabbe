// What jose leaves unchecked about a token's times: how long the provider let it live (exp - iat), and an
// `iat` in the future. A token minted for days, or stamped ahead by a skewed or compromised signer, would
// outlive every revocation the portal relies on (consent withdrawn, a role removed).

/** The longest access-token lifetime a verifier accepts unless told otherwise: one hour. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 60 * 60;
/** No configuration may accept tokens that live longer than a day. */
export const MAX_CONFIGURABLE_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

export function checkedMaxLifetime(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_CONFIGURABLE_TOKEN_LIFETIME_SECONDS) {
    throw new TypeError(`maxLifetimeSeconds must be between 1 and ${MAX_CONFIGURABLE_TOKEN_LIFETIME_SECONDS}`);
  }
  return seconds;
}

/**
 * A short, value-free reason when the token's `iat`/`exp` are out of bounds, else undefined. Both are
 * numbers here: jwtVerify has required and type-checked them.
 */
export function lifetimeProblem(
  times: { iat: number; exp: number },
  nowSeconds: number,
  rules: { maxLifetimeSeconds: number; clockToleranceSeconds: number },
): string | undefined {
  if (times.iat > nowSeconds + rules.clockToleranceSeconds) return 'iat is in the future';
  if (times.exp - times.iat > rules.maxLifetimeSeconds) return 'lifetime exceeds the maximum';
  return undefined;
}
