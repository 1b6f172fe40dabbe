// Reads the embedded portal's settings from the environment; every port has a fixed, documented default.
import { logLevels } from '@asiointi/platform-service';
import { z } from 'zod';
import { defaultShellScope } from './identity-provider';
import { portalModules } from './portal-modules';
import type { ModuleName, PortalOptions } from './portal';

const port = z.coerce.number().int().min(0).max(65535);

function envName(module: ModuleName, part: 'REMOTE' | 'SERVICE'): string {
  return `${module.toUpperCase().replaceAll('-', '_')}_${part}_PORT`;
}

export function readPortalConfig(env: NodeJS.ProcessEnv): PortalOptions {
  const ports: PortalOptions['ports'] = {};
  for (const module of portalModules) {
    ports[module.name] = {
      remote: port.parse(env[envName(module.name, 'REMOTE')] ?? module.defaultRemotePort),
      service: port.parse(env[envName(module.name, 'SERVICE')] ?? module.defaultServicePort),
    };
  }
  return {
    host: z
      .string()
      .min(1)
      .parse(env.HOST ?? '127.0.0.1'),
    shellPort: port.parse(env.SHELL_PORT ?? 4200),
    ports,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || undefined,
    logLevel: z.enum(logLevels).parse(env.LOG_LEVEL ?? 'info'),
    identityPort: port.parse(env.DEV_IDP_PORT ?? 4500),
    externalIdentity: env.OIDC_ISSUER
      ? {
          issuer: z.url().parse(env.OIDC_ISSUER),
          clientId: z
            .string()
            .min(1)
            .parse(env.OIDC_CLIENT_ID ?? 'asiointi-shell'),
          scope: env.OIDC_SCOPE ?? defaultShellScope,
          relationsUrl: z.url().parse(env.RELATIONS_URL ?? `${env.OIDC_ISSUER.replace(/\/$/, '')}/relations`),
          unitsUrl: z.url().parse(env.UNITS_URL ?? `${env.OIDC_ISSUER.replace(/\/$/, '')}/units`),
        }
      : undefined,
    sessionIdleMinutes: z.coerce
      .number()
      .int()
      .min(1)
      .max(120)
      .parse(env.SESSION_IDLE_MINUTES ?? 15),
    // Checked (and made when missing) by startPortal, which knows the data folder; never printed.
    linkTokenSecret: env.LINK_TOKEN_SECRET?.trim() || undefined,
    production: env.NODE_ENV === 'production',
    portalUrl: env.PORTAL_URL ? z.url({ protocol: /^https?$/ }).parse(env.PORTAL_URL) : undefined,
  };
}

export const portEnvironmentVariables = portalModules.flatMap((module) => [
  envName(module.name, 'REMOTE'),
  envName(module.name, 'SERVICE'),
]);
