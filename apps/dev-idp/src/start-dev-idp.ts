// Starts the dev identity provider on a port (0 for a random one) and returns its issuer and a close().
// The issuer includes the port, so the HTTP server listens first and the provider is built after.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier } from '@asiointi/platform-auth';
import { SERVICES_AUDIENCE } from '@asiointi/platform-auth/principal';
import Provider, { type JWKS } from 'oidc-provider';
import { createRequestHandler } from './http/request-handler';
import { createInteractionRoutes } from './interaction/interaction-routes';
import { createLogger, type Logger } from './logging/create-logger';
import { logProviderEvents } from './logging/provider-events';
import { createAccountDirectory } from './provider/account-directory';
import { createCorsPolicy } from './provider/cors-policy';
import { allowAnyLoopbackPortFor } from './provider/loopback-redirects';
import { providerConfiguration } from './provider/provider-configuration';
import { DEFAULT_SHELL_ORIGINS, normalizeShellOrigin, SHELL_CLIENT_ID } from './provider/shell-client';
import { generateSigningKeys, publicKeysOf } from './provider/signing-keys';
import { createRelationsStore } from './relations/relations-store';
import { createRelationsRoutes } from './relations/relations-routes';
import { createPersonsRoutes } from './persons/persons-routes';
import { type TestPersonSeed, testPersonSeed } from './test-persons';
import { TEST_UNITS } from './units/test-units';
import { createUnitsRoutes } from './units/units-routes';

export const DEFAULT_DEV_IDP_PORT = 4500;

export interface DevIdpOptions {
  /** Default 4500; 0 picks a free port. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Public issuer URL when it differs from http://host:port (behind a reverse proxy). */
  issuer?: string;
  /** Origins of the shell, e.g. http://localhost:4200; its redirect URIs are built from them. */
  shellOrigins?: readonly string[];
  /** Accept shell redirect URIs on any loopback port (tests start the shell on random ports). Default true. */
  allowAnyLoopbackPort?: boolean;
  /** A private JWKS to sign with; generated at start when absent. */
  signingKeys?: JWKS;
  /** Default: the test persons of the current year. */
  seed?: TestPersonSeed;
  accessTokenTtlSeconds?: number;
  logger?: Logger;
}

export interface RunningDevIdp {
  issuer: string;
  /** Where to reach it from this machine (equals the issuer unless an issuer was given). */
  url: string;
  jwksUrl: string;
  relationsUrl: string;
  /** POST /persons/lookup: staff find a resident by identity code. */
  personsUrl: string;
  /** GET /units: the unit directory (public). */
  unitsUrl: string;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startDevIdp(options: DevIdpOptions = {}): Promise<RunningDevIdp> {
  const host = options.host ?? '127.0.0.1';
  const shellOrigins = [
    ...new Set((options.shellOrigins ?? DEFAULT_SHELL_ORIGINS).map(normalizeShellOrigin)),
  ];
  const allowAnyLoopbackPort = options.allowAnyLoopbackPort ?? true;
  const logger = options.logger ?? createLogger();
  const seed = options.seed ?? testPersonSeed;
  const signingKeys = options.signingKeys ?? (await generateSigningKeys());

  const server = createServer();
  const port = await listen(server, options.port ?? DEFAULT_DEV_IDP_PORT, host);
  const url = `http://${urlHost(host)}:${port}`;
  const issuer = options.issuer ?? url;

  const directory = createAccountDirectory(seed.persons);
  const corsPolicy = createCorsPolicy(shellOrigins, allowAnyLoopbackPort);
  const provider = new Provider(
    issuer,
    providerConfiguration({
      directory,
      signingKeys,
      // Signs the provider's cookies; a restart ends every session anyway (in-memory storage).
      cookieKeys: [randomBytes(32).toString('base64url')],
      shellOrigins,
      corsPolicy,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 15 * 60,
    }),
  );
  if (options.issuer) provider.proxy = true;
  if (allowAnyLoopbackPort) allowAnyLoopbackPortFor(provider, SHELL_CLIENT_ID);
  logProviderEvents(provider, logger);

  const verifier = createTokenVerifier({
    issuer,
    audience: SERVICES_AUDIENCE,
    jwks: publicKeysOf(signingKeys),
  });
  server.on(
    'request',
    createRequestHandler({
      provider,
      logger,
      interactionRoutes: createInteractionRoutes({ provider, directory, logger, clientName: 'Asiointi' }),
      relationsRoutes: createRelationsRoutes({
        verifier,
        store: createRelationsStore(seed.relations),
        directory,
        corsPolicy,
      }),
      personsRoutes: createPersonsRoutes({ verifier, directory }),
      unitsRoutes: createUnitsRoutes({ units: TEST_UNITS, corsPolicy }),
    }),
  );
  logger.info({ issuer, shellOrigins, allowAnyLoopbackPort }, 'dev identity provider started');

  return {
    issuer,
    url,
    jwksUrl: `${issuer}/jwks`,
    relationsUrl: `${issuer}/relations`,
    personsUrl: `${issuer}/persons`,
    unitsUrl: `${issuer}/units`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
