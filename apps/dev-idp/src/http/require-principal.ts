// The bearer check of the provider's own APIs (relations, persons): the caller's access token must verify
// and belong to the kind of person the API serves. Refusals carry a reason code only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthenticationError, type Principal, type TokenVerifier } from '@asiointi/platform-auth';
import { sendJson } from './page-response';

const refusalByKind = { resident: 'RESIDENTS_ONLY', staff: 'STAFF_ONLY' } as const;

/** The verified principal, or undefined once a 401, 403 or 503 has been sent. */
export async function requirePrincipal<TKind extends Principal['kind']>(
  verifier: TokenVerifier,
  kind: TKind,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<Extract<Principal, { kind: TKind }> | undefined> {
  try {
    const principal = await verifier.verifyAuthorizationHeader(req.headers.authorization);
    if (principal.kind === kind) return principal as Extract<Principal, { kind: TKind }>;
    sendJson(res, 403, { error: refusalByKind[kind] });
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    if (error.reason === 'KEYS_UNAVAILABLE') sendJson(res, 503, { error: error.reason });
    else sendJson(res, 401, { error: error.reason }, { 'www-authenticate': 'Bearer error="invalid_token"' });
  }
  return undefined;
}
