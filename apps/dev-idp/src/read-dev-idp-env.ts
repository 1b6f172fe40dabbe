// Settings from the environment, every one with a development default:
//   DEV_IDP_PORT                     port (default 4500; 0 = any free port)
//   HOST                             interface to listen on (default 127.0.0.1)
//   DEV_IDP_ISSUER                   public issuer URL behind a proxy (default http://HOST:PORT)
//   DEV_IDP_SHELL_ORIGINS            comma-separated shell origins (default http://127.0.0.1:4200,http://localhost:4200)
//   DEV_IDP_ALLOW_ANY_LOOPBACK_PORT  "false" to require exact shell redirect URIs (default true)
//   DEV_IDP_SIGNING_JWKS             private JWKS (JSON) to sign with (default: generated at start)
//   DEV_IDP_ACCESS_TOKEN_TTL         access-token lifetime in seconds (default 900, at most 3600: the
//                                    services refuse longer-lived tokens)
//   LOG_LEVEL                        pino level (default info)
import { z } from 'zod';
import { parseSigningKeys } from './provider/signing-keys';
import { DEFAULT_DEV_IDP_PORT, type DevIdpOptions } from './start-dev-idp';

const portSchema = z.coerce.number().int().min(0).max(65535);
const booleanSchema = z.enum(['true', 'false']).transform((value) => value === 'true');

export function readDevIdpEnv(env: NodeJS.ProcessEnv): DevIdpOptions & { logLevel: string } {
  const origins = env.DEV_IDP_SHELL_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean);
  return {
    port: portSchema.parse(env.DEV_IDP_PORT ?? DEFAULT_DEV_IDP_PORT),
    host: z.string().min(1).parse(env.HOST ?? '127.0.0.1'),
    issuer: env.DEV_IDP_ISSUER ? z.url({ protocol: /^https?$/ }).parse(env.DEV_IDP_ISSUER) : undefined,
    shellOrigins: origins && origins.length > 0 ? origins : undefined,
    allowAnyLoopbackPort: booleanSchema.parse(env.DEV_IDP_ALLOW_ANY_LOOPBACK_PORT ?? 'true'),
    signingKeys: env.DEV_IDP_SIGNING_JWKS ? parseSigningKeys(env.DEV_IDP_SIGNING_JWKS) : undefined,
    accessTokenTtlSeconds: z.coerce.number().int().min(60).max(3_600).parse(env.DEV_IDP_ACCESS_TOKEN_TTL ?? 900),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
