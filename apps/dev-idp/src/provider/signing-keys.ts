// The provider's signing key: given as a private JWKS (to keep tokens valid across restarts), or made at
// start and kept in memory only. RS256, which every OpenID Connect client and jose support.
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { JWKS } from 'oidc-provider';
import { z } from 'zod';

const privateRsaJwkSchema = z
  .object({ kty: z.literal('RSA'), n: z.string(), e: z.string(), d: z.string(), kid: z.string().optional() })
  .loose();
const privateJwksSchema = z.object({ keys: z.array(privateRsaJwkSchema).min(1) });

export async function generateSigningKeys(): Promise<JWKS> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  return { keys: [{ ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' }] };
}

/** Reads DEV_IDP_SIGNING_JWKS: a JSON key set with at least one private RSA key. */
export function parseSigningKeys(json: string): JWKS {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new TypeError('DEV_IDP_SIGNING_JWKS is not JSON');
  }
  const parsed = privateJwksSchema.safeParse(value);
  if (!parsed.success) throw new TypeError('DEV_IDP_SIGNING_JWKS needs {"keys":[…]} with private RSA keys');
  return { keys: parsed.data.keys.map((key) => ({ alg: 'RS256', use: 'sig', ...key })) };
}

/** The public half, for the provider's own token checks (the relations endpoint). */
export function publicKeysOf(jwks: JWKS): { keys: Record<string, unknown>[] } {
  return {
    keys: jwks.keys.map(({ d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicPart }) => publicPart),
  };
}
