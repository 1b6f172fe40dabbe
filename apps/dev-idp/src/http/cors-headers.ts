// CORS for the provider's own JSON endpoints (relations, consents); oidc-provider handles its own.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CorsPolicy } from '../provider/cors-policy';

/** Adds CORS headers for an allowed origin; answers a preflight and returns true when it was one. */
export function applyCors(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy, methods: string): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'origin');
  if (policy.allows(origin)) {
    res.setHeader('access-control-allow-origin', origin as string);
    res.setHeader('access-control-allow-headers', 'authorization, content-type');
    res.setHeader('access-control-allow-methods', methods);
    res.setHeader('access-control-max-age', '600');
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return true;
  }
  return false;
}
