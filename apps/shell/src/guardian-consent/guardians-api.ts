import type { ActingScope } from '@asiointi/platform-auth/guardianship';
import { guardiansResponseSchema, type GuardiansResponse } from './guardians-contract';

/** The relations service refused or could not answer; `status` says how (409: not aged 12–17). */
export class GuardiansRequestError extends Error {
  override readonly name = 'GuardiansRequestError';
  constructor(readonly status: number | undefined) {
    super(
      status === undefined
        ? 'The relations service could not be reached'
        : `The relations service answered ${status}`,
    );
  }
}

interface Call {
  relationsUrl: string;
  accessToken: string;
  fetch?: typeof fetch;
}

/** The signed-in minor's guardians. Who is asking comes from the token: nothing personal in the URL. */
export async function fetchGuardians({
  relationsUrl,
  accessToken,
  fetch = globalThis.fetch,
}: Call): Promise<GuardiansResponse> {
  return send(fetch, `${relationsUrl}/guardians`, { headers: headers(accessToken) });
}

/** Stores which scopes one guardian may act in; answers the updated list. */
export async function saveGuardianConsent({
  relationsUrl,
  accessToken,
  guardian,
  scopes,
  fetch = globalThis.fetch,
}: Call & { guardian: string; scopes: ActingScope[] }): Promise<GuardiansResponse> {
  return send(fetch, `${relationsUrl}/guardians/${encodeURIComponent(guardian)}/consent`, {
    method: 'PUT',
    headers: { ...headers(accessToken), 'content-type': 'application/json' },
    body: JSON.stringify({ scopes }),
  });
}

function headers(accessToken: string): Record<string, string> {
  return { authorization: `Bearer ${accessToken}`, accept: 'application/json' };
}

async function send(
  fetch: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
): Promise<GuardiansResponse> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new GuardiansRequestError(undefined);
  }
  if (!response.ok) throw new GuardiansRequestError(response.status);
  return guardiansResponseSchema.parse(await response.json());
}
