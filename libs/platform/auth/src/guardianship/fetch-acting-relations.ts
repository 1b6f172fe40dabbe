// Reads the relations of the person an access token belongs to. The token goes in the Authorization
// header: no subject or identity code ever appears in the URL.
import { type ActingRelationsResponse, actingRelationsResponseSchema } from './acting-relations-contract';

export class RelationsUnavailableError extends Error {
  override readonly name = 'RelationsUnavailableError';
  constructor(readonly status: number | undefined) {
    super(status === undefined ? 'The relations service could not be reached' : `The relations service answered ${status}`);
  }
}

export interface FetchActingRelationsOptions {
  relationsUrl: string;
  accessToken: string;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

export async function fetchActingRelations({
  relationsUrl,
  accessToken,
  fetch = globalThis.fetch,
  signal,
}: FetchActingRelationsOptions): Promise<ActingRelationsResponse> {
  let response: Response;
  try {
    response = await fetch(relationsUrl, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal,
    });
  } catch {
    throw new RelationsUnavailableError(undefined);
  }
  if (!response.ok) throw new RelationsUnavailableError(response.status);
  return actingRelationsResponseSchema.parse(await response.json());
}
