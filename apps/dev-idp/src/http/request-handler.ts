// Routes a request: the sign-in interaction, the relations service, the person directory and the unit
// directory are this app's own; everything else (discovery, JWKS, authorisation, token, logout…) is
// oidc-provider's. Logged per request: method, path (never the query, which carries codes and hints),
// status and duration.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { InteractionRoutes } from '../interaction/interaction-routes';
import type { Logger } from '../logging/create-logger';
import type { PersonsRoutes } from '../persons/persons-routes';
import type { RelationsRoutes } from '../relations/relations-routes';
import type { UnitsRoutes } from '../units/units-routes';
import { sendJson } from './page-response';

export interface RequestHandlerOptions {
  provider: Provider;
  interactionRoutes: InteractionRoutes;
  relationsRoutes: RelationsRoutes;
  personsRoutes: PersonsRoutes;
  unitsRoutes: UnitsRoutes;
  logger: Logger;
}

export function createRequestHandler({
  provider,
  interactionRoutes,
  relationsRoutes,
  personsRoutes,
  unitsRoutes,
  logger,
}: RequestHandlerOptions) {
  const providerHandler = provider.callback();

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname.startsWith('/interaction/')) return interactionRoutes(req, res, url);
    if (url.pathname === '/relations' || url.pathname.startsWith('/relations/'))
      return relationsRoutes(req, res, url);
    if (url.pathname.startsWith('/persons/')) return personsRoutes(req, res, url);
    if (url.pathname === '/units') return unitsRoutes(req, res, url);
    providerHandler(req, res);
  }

  return function handleRequest(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://dev-idp.invalid');
    res.on('finish', () => {
      logger.debug(
        {
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    route(req, res, url).catch((error: unknown) => {
      logger.error(
        {
          errorName: (error as Error | undefined)?.name,
          message: (error as Error | undefined)?.message,
          path: url.pathname,
        },
        'request failed',
      );
      if (!res.headersSent) sendJson(res, 500, { error: 'SERVER_ERROR' });
      else res.end();
    });
  };
}
