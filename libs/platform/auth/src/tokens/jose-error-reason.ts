// Maps what verification throws to a reason. A failure to get the provider's keys (network, timeout, a
// broken key set) is an outage on our side and is told apart; anything else is the token's fault.
import { errors } from 'jose';
import type { AuthenticationFailure } from './authentication-error';

/** Thrown by the key resolver wrapper when the keys themselves could not be had. */
export class KeysUnavailableSignal extends Error {
  override readonly name = 'KeysUnavailableSignal';
}

/** Key-lookup errors that say something about the token (unknown kid, an algorithm no key supports). */
export function isTokenFaultInKeyLookup(error: unknown): boolean {
  return (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported
  );
}

export function reasonForVerificationError(error: unknown): AuthenticationFailure {
  if (error instanceof KeysUnavailableSignal) return 'KEYS_UNAVAILABLE';
  if (error instanceof errors.JWTExpired) return 'TOKEN_EXPIRED';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'WRONG_AUDIENCE';
    if (error.claim === 'iss') return 'WRONG_ISSUER';
  }
  return 'TOKEN_INVALID';
}
