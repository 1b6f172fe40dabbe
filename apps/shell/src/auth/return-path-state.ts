import { safeReturnPath } from './auth-paths';

/** What the shell round-trips through the provider in the OIDC `state`: a path, never a token. */
export interface SignInState {
  returnTo: string;
}

export function signInState(returnTo: string): SignInState {
  return { returnTo: safeReturnPath(returnTo) };
}

/** The return path from a round-tripped state, checked again: the state came back through the URL. */
export function returnPathOf(state: unknown): string {
  const returnTo =
    typeof state === 'object' && state !== null ? (state as { returnTo?: unknown }).returnTo : undefined;
  return safeReturnPath(returnTo);
}
