// Where the portal's residents and staff sign in: the development OpenID provider with test persons,
// unless an external provider (the region's identity broker) is configured.
import { createLogger, SHELL_CLIENT_ID, startDevIdp } from '@asiointi/dev-idp';
import type { LogLevel } from '@asiointi/platform-service';

export interface IdentityProviderSettings {
  issuer: string;
  relationsUrl: string;
  /** The unit directory (public): names and contact details of the county's units. */
  unitsUrl: string;
  clientId: string;
  /** What the shell asks for; never the identity-code scope (its ID token travels in a logout URL). */
  scope: string;
}

export interface RunningIdentityProvider extends IdentityProviderSettings {
  close(): Promise<void>;
}

export const defaultShellScope = 'openid profile roles';

export async function startIdentityProvider(options: {
  external?: IdentityProviderSettings;
  host: string;
  port: number;
  shellOrigins: string[];
  logLevel: LogLevel;
}): Promise<RunningIdentityProvider> {
  if (options.external) return { ...options.external, close: async () => undefined };
  const devIdp = await startDevIdp({
    host: options.host,
    port: options.port,
    shellOrigins: options.shellOrigins,
    logger: createLogger({ level: options.logLevel }),
  });
  return {
    issuer: devIdp.issuer,
    relationsUrl: devIdp.relationsUrl,
    unitsUrl: devIdp.unitsUrl,
    clientId: SHELL_CLIENT_ID,
    scope: defaultShellScope,
    close: () => devIdp.close(),
  };
}
