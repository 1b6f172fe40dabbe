// Signs a test person in at the dev provider without a browser and returns the tokens: the authorisation
// code flow with PKCE, driven with fetch (start at /auth, post the sign-in form, follow the redirects,
// exchange the code). Service authorisation tests use this to get real access tokens.
import { randomBytes } from 'node:crypto';
import { SHELL_CLIENT_ID } from '../provider/shell-client';
import { TEST_SUBJECTS, type TestPersonKey } from '../test-persons';
import { BrowserlessClient } from './browserless-client';
import { createPkcePair } from './pkce';

export type TestPersonChoice = TestPersonKey | { subject: string } | { identityCode: string };

export interface ObtainTokensOptions {
  /** The dev provider's issuer (startDevIdp().issuer). */
  issuer: string;
  person: TestPersonChoice;
  /** A registered shell redirect URI; any loopback port works unless the provider was told otherwise. */
  redirectUri?: string;
  scope?: string;
  clientId?: string;
  /** More authorisation request parameters, e.g. { prompt: 'consent' } with offline_access, or ui_locales. */
  extraParams?: Record<string, string>;
  fetch?: typeof fetch;
}

export interface ObtainedTokens {
  accessToken: string;
  idToken: string;
  expiresIn: number;
  tokenType: string;
  refreshToken?: string;
}

export const DEFAULT_TEST_REDIRECT_URI = 'http://127.0.0.1:4200/auth/callback';
export const DEFAULT_TEST_SCOPE = 'openid profile personal_identity_code roles';

export class TokenFlowError extends Error {
  override readonly name = 'TokenFlowError';
}

function signInFields(person: TestPersonChoice): Record<string, string> {
  if (typeof person === 'string') return { subject: TEST_SUBJECTS[person] };
  return 'subject' in person ? { subject: person.subject } : { identityCode: person.identityCode };
}

/** The authorisation request URL with PKCE, state and nonce. */
export function authorizationUrl(issuer: string, params: Record<string, string>): string {
  return `${issuer}/auth?${new URLSearchParams(params).toString()}`;
}

export async function obtainTokens(options: ObtainTokensOptions): Promise<ObtainedTokens> {
  const { issuer, person } = options;
  const redirectUri = options.redirectUri ?? DEFAULT_TEST_REDIRECT_URI;
  const clientId = options.clientId ?? SHELL_CLIENT_ID;
  const client = new BrowserlessClient(options.fetch);
  const pkce = createPkcePair();
  const state = randomBytes(16).toString('base64url');

  const start = await client.request(
    authorizationUrl(issuer, {
      client_id: clientId,
      response_type: 'code',
      scope: options.scope ?? DEFAULT_TEST_SCOPE,
      redirect_uri: redirectUri,
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
      state,
      nonce: randomBytes(16).toString('base64url'),
      ...options.extraParams,
    }),
  );
  const interaction = await client.followUntil(start, issuer, (location) => location.pathname.startsWith('/interaction/'));
  if (!(interaction instanceof URL)) throw new TokenFlowError(`The provider did not ask to sign in (${interaction.status})`);

  const signedIn = await client.postForm(`${interaction.origin}${interaction.pathname}/login`, signInFields(person));
  if (signedIn.status === 400) throw new TokenFlowError('The provider refused the chosen test person');
  const callback = await client.followUntil(signedIn, issuer, (location) => location.href.startsWith(redirectUri));
  if (!(callback instanceof URL)) throw new TokenFlowError(`The flow ended before the redirect URI (${callback.status})`);

  if (callback.searchParams.get('state') !== state) throw new TokenFlowError('The state came back changed');
  const code = callback.searchParams.get('code');
  if (!code) throw new TokenFlowError(`No code: ${callback.searchParams.get('error') ?? 'unknown error'}`);

  const tokenResponse = await client.postForm(`${issuer}/token`, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: clientId,
    code_verifier: pkce.verifier,
  });
  const body = (await tokenResponse.json()) as Record<string, unknown>;
  if (!tokenResponse.ok) throw new TokenFlowError(`Token request failed: ${String(body.error)}`);
  return {
    accessToken: String(body.access_token),
    idToken: String(body.id_token),
    expiresIn: Number(body.expires_in),
    tokenType: String(body.token_type),
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
  };
}

export async function obtainAccessToken(options: ObtainTokensOptions): Promise<string> {
  return (await obtainTokens(options)).accessToken;
}
