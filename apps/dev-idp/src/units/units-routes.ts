// The unit directory of the dev provider, as the region's organisation register would serve it:
//   GET /units  →  {"units": [...]}   (public: unit names and contact details are public information)
// Browsers of the shell's origins may read it (CORS as for the relations service), and clients may keep a
// copy for a few minutes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type UnitDirectoryEntry, unitDirectoryResponseSchema } from '@asiointi/platform-contract';
import { applyCors } from '../http/cors-headers';
import { sendJson } from '../http/page-response';
import type { CorsPolicy } from '../provider/cors-policy';

export interface UnitsRoutesOptions {
  units: readonly UnitDirectoryEntry[];
  corsPolicy: CorsPolicy;
}

export type UnitsRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** How long a client may reuse the directory without asking again. */
export const UNITS_MAX_AGE_SECONDS = 300;

export function createUnitsRoutes({ units, corsPolicy }: UnitsRoutesOptions): UnitsRoutes {
  // Checked once at start: the provider never serves a directory outside the contract.
  const directory = unitDirectoryResponseSchema.parse({ units });

  return async function unitsRoutes(req, res, url) {
    if (applyCors(req, res, corsPolicy, 'GET, OPTIONS')) return;
    if (url.pathname !== '/units') return sendJson(res, 404, { error: 'NOT_FOUND' });
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'METHOD_NOT_ALLOWED' }, { allow: 'GET' });
    return sendJson(res, 200, directory, { 'cache-control': `public, max-age=${UNITS_MAX_AGE_SECONDS}` });
  };
}
