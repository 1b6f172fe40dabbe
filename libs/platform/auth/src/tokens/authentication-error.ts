// The one error token verification throws. Its message is fixed per reason: it never carries the token,
// its claims or an identity code, and it has no `cause` (jose's claim errors hold the whole payload).
export const AUTHENTICATION_FAILURES = [
  'TOKEN_MISSING',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'WRONG_AUDIENCE',
  'WRONG_ISSUER',
  /** The provider's keys could not be fetched: an outage to answer with 503, not the caller's fault. */
  'KEYS_UNAVAILABLE',
] as const;
export type AuthenticationFailure = (typeof AUTHENTICATION_FAILURES)[number];

const messages: Record<AuthenticationFailure, string> = {
  TOKEN_MISSING: 'No access token was presented',
  TOKEN_INVALID: 'The access token is not valid',
  TOKEN_EXPIRED: 'The access token has expired',
  WRONG_AUDIENCE: 'The access token is meant for another audience',
  WRONG_ISSUER: 'The access token comes from an unexpected issuer',
  KEYS_UNAVAILABLE: "The identity provider's signing keys could not be fetched",
};

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';

  /**
   * @param detail a short, data-free hint for logs (e.g. the names of claims that failed); it is
   * appended to the message, so callers must never put values in it.
   */
  constructor(
    readonly reason: AuthenticationFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${messages[reason]} (${detail})` : messages[reason]);
  }
}

export function isAuthenticationError(error: unknown): error is AuthenticationError {
  return error instanceof AuthenticationError;
}
