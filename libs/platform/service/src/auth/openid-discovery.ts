// Where the provider publishes its keys, read from its discovery document (OpenID Connect Discovery 1.0)
// when the service is not told the JWKS URL.
import { z } from 'zod';

const discoveryDocumentSchema = z.object({ issuer: z.string(), jwks_uri: z.url({ protocol: /^https?$/ }) });

export class DiscoveryError extends Error {
  override readonly name = 'DiscoveryError';
}

export async function discoverJwksUrl(issuer: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(5_000),
    });
  } catch {
    throw new DiscoveryError('The discovery document could not be fetched');
  }
  if (!response.ok) throw new DiscoveryError(`The discovery document answered ${response.status}`);
  const parsed = discoveryDocumentSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new DiscoveryError('The discovery document has no usable jwks_uri');
  // The spec requires the document to name the same issuer; anything else is a misconfiguration or worse.
  if (parsed.data.issuer !== issuer) throw new DiscoveryError('The discovery document names another issuer');
  return parsed.data.jwks_uri;
}
