// The Asiointi services as one resource server (RFC 8707): access tokens for them are JWTs (RFC 9068)
// with the audience platform-auth's verifier expects. The shell need not ask for the resource: it is the
// default, and the granted resource is used at the token endpoint too.
import { SERVICES_AUDIENCE } from '@asiointi/platform-auth/principal';
import { errors, type KoaContextWithOIDC, type ResourceServer } from 'oidc-provider';

export const SERVICES_RESOURCE = 'urn:asiointi:services';

export function servicesResourceIndicators(accessTokenTtlSeconds: number) {
  const servicesResourceServer: ResourceServer = {
    // Services authorise by roles and relations, not by OAuth scopes.
    scope: '',
    audience: SERVICES_AUDIENCE,
    accessTokenFormat: 'jwt',
    accessTokenTTL: accessTokenTtlSeconds,
    jwt: { sign: { alg: 'RS256' } },
  };
  return {
    enabled: true,
    defaultResource: async () => SERVICES_RESOURCE,
    useGrantedResource: async () => true,
    getResourceServerInfo: async (_ctx: KoaContextWithOIDC, indicator: string) => {
      if (indicator !== SERVICES_RESOURCE) throw new errors.InvalidTarget();
      return servicesResourceServer;
    },
  };
}
