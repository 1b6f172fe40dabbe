import type { RemoteAuth } from './remote-auth';

/** Names the person a resident acts for; the service authorises the actor and this subject separately. */
export const actingForHeader = 'X-Acting-For';

/**
 * The headers a frontend sends to a module service: the bearer token when signed in, and the subject
 * the resident acts for. Without a token there is no acting for anyone, so no subject is sent either.
 */
export async function remoteAuthHeaders(
  auth: Pick<RemoteAuth, 'getAccessToken' | 'actingFor'>,
): Promise<Record<string, string>> {
  const token = await auth.getAccessToken();
  if (!token) return {};
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (auth.actingFor) headers[actingForHeader] = auth.actingFor.subject;
  return headers;
}
