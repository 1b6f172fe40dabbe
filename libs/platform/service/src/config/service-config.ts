import path from 'node:path';
import { SERVICES_AUDIENCE } from '@asiointi/platform-auth/principal';
import { z } from 'zod';
import { minimumLinkTokenSecretLength } from '../links/link-token-sealer';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface ServiceConfig {
  port: number;
  host: string;
  /** PostgreSQL server; PGlite when absent. */
  databaseUrl: string | undefined;
  /** PGlite data folder (absolute); in memory when absent. */
  dataDir: string | undefined;
  /** Browser origins allowed to call the service (exact match). */
  corsOrigins: string[];
  logLevel: LogLevel;
  bodyLimitBytes: number;
  /** Requests per client address per minute; health, readiness and metrics are exempt. */
  rateLimitPerMinute: number;
  /** Trust X-Forwarded-* from a reverse proxy (so rate limits apply per client, not per proxy). */
  trustProxy: boolean;
  /** Migrations folder override, set by a bundled build (which copies them next to itself). */
  migrationsDir: string | undefined;
  /** The OpenID provider whose access tokens are accepted; without it every authenticated call is refused. */
  oidcIssuer: string | undefined;
  /** The audience access tokens must name. */
  oidcAudience: string;
  /** The provider's signing keys; read from its discovery document when absent. */
  oidcJwksUrl: string | undefined;
  /** The relations (mandate) service for acting on behalf; `${oidcIssuer}/relations` when absent. */
  relationsUrl: string | undefined;
  /** The person directory (staff look residents up by identity code); `${oidcIssuer}/persons` when absent. */
  personsUrl: string | undefined;
  /** The unit directory (names and contact details of units, createUnitDirectory); `${oidcIssuer}/units` when absent. */
  unitsUrl: string | undefined;
  /** Seals tokens in links sent outside the portal (createLinkTokenSealer); a secret: never log or echo it. */
  linkTokenSecret: string | undefined;
}

const builtInDefaults: ServiceConfig = {
  port: 3000,
  host: '127.0.0.1',
  databaseUrl: undefined,
  dataDir: undefined,
  corsOrigins: [],
  logLevel: 'info',
  bodyLimitBytes: 256 * 1024,
  rateLimitPerMinute: 600,
  trustProxy: false,
  migrationsDir: undefined,
  oidcIssuer: undefined,
  oidcAudience: SERVICES_AUDIENCE,
  oidcJwksUrl: undefined,
  relationsUrl: undefined,
  personsUrl: undefined,
  unitsUrl: undefined,
  linkTokenSecret: undefined,
};

function isExactOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

const positiveInt = z.coerce.number().int().positive();
const httpUrl = z.url({ protocol: /^https?$/ });

/** Environment variables as the service reads them; empty strings count as unset. */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).optional(),
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .refine(
      (origins) => origins.every(isExactOrigin),
      'must be comma-separated origins such as https://asiointi.example.fi',
    )
    .optional(),
  LOG_LEVEL: z.enum(logLevels).optional(),
  BODY_LIMIT_BYTES: positiveInt.optional(),
  RATE_LIMIT_PER_MINUTE: positiveInt.optional(),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  MIGRATIONS_DIR: z.string().min(1).optional(),
  OIDC_ISSUER: httpUrl.optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URL: httpUrl.optional(),
  RELATIONS_URL: httpUrl.optional(),
  PERSONS_URL: httpUrl.optional(),
  UNITS_URL: httpUrl.optional(),
  LINK_TOKEN_SECRET: z
    .string()
    .min(minimumLinkTokenSecretLength, `must be at least ${minimumLinkTokenSecretLength} characters`)
    .optional(),
});

export class ServiceConfigError extends Error {
  override readonly name = 'ServiceConfigError';
}

function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== '',
    ),
  );
}

/**
 * Reads the service configuration from environment variables over the service's own defaults, and fails
 * with one message naming every invalid variable (values are not echoed: DATABASE_URL may hold a password).
 */
export function readServiceConfig(
  env: Record<string, string | undefined>,
  defaults: Partial<ServiceConfig> = {},
): ServiceConfig {
  const parsed = environmentSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ServiceConfigError(`Invalid service configuration: ${problems.join('; ')}`);
  }
  const vars = parsed.data;
  const base = { ...builtInDefaults, ...defaults };
  const dataDir = vars.DATA_DIR ?? base.dataDir;
  const migrationsDir = vars.MIGRATIONS_DIR ?? base.migrationsDir;
  const oidcIssuer = vars.OIDC_ISSUER ?? base.oidcIssuer;
  return {
    port: vars.PORT ?? base.port,
    host: vars.HOST ?? base.host,
    databaseUrl: vars.DATABASE_URL ?? base.databaseUrl,
    dataDir: dataDir === undefined ? undefined : path.resolve(dataDir),
    corsOrigins: vars.CORS_ORIGINS ?? base.corsOrigins,
    logLevel: vars.LOG_LEVEL ?? base.logLevel,
    bodyLimitBytes: vars.BODY_LIMIT_BYTES ?? base.bodyLimitBytes,
    rateLimitPerMinute: vars.RATE_LIMIT_PER_MINUTE ?? base.rateLimitPerMinute,
    trustProxy: vars.TRUST_PROXY ?? base.trustProxy,
    migrationsDir: migrationsDir === undefined ? undefined : path.resolve(migrationsDir),
    // The issuer stays exactly as configured: a token's `iss` must equal it character for character.
    oidcIssuer,
    oidcAudience: vars.OIDC_AUDIENCE ?? base.oidcAudience,
    oidcJwksUrl: vars.OIDC_JWKS_URL ?? base.oidcJwksUrl,
    relationsUrl: vars.RELATIONS_URL ?? base.relationsUrl ?? nextToIssuer(oidcIssuer, 'relations'),
    personsUrl: vars.PERSONS_URL ?? base.personsUrl ?? nextToIssuer(oidcIssuer, 'persons'),
    unitsUrl: vars.UNITS_URL ?? base.unitsUrl ?? nextToIssuer(oidcIssuer, 'units'),
    linkTokenSecret: vars.LINK_TOKEN_SECRET ?? base.linkTokenSecret,
  };
}

/** The dev identity provider serves relations, persons and units next to itself; production names its own. */
function nextToIssuer(issuer: string | undefined, endpoint: string): string | undefined {
  return issuer === undefined ? undefined : `${issuer.replace(/\/+$/, '')}/${endpoint}`;
}
