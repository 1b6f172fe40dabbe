// The oidc-provider configuration of the dev identity provider: the shell as a public client with PKCE,
// JWT access tokens for the services, the test people's claims, and quiet, code-free pages and logs.
import {
  ACR_VALUES,
  IDENTITY_CODE_CLAIM,
  IDENTITY_CODE_SCOPE,
  LANGUAGES,
  STAFF_ROLES_CLAIM,
  STAFF_ROLES_SCOPE,
} from '@asiointi/platform-auth/principal';
import type { AccessTokenLike, Configuration, JWKS, KoaContextWithOIDC } from 'oidc-provider';
import type { AccountDirectory } from './account-directory';
import type { CorsPolicy } from './cors-policy';
import { loadFirstPartyGrant } from './first-party-grant';
import { personAcr, personClaims } from './person-claims';
import { logoutSource, postLogoutSuccessSource, renderError } from './provider-pages';
import { servicesResourceIndicators } from './services-resource';
import { SHELL_CLIENT_ID, shellClientMetadata } from './shell-client';

export interface ProviderConfigurationOptions {
  directory: AccountDirectory;
  signingKeys: JWKS;
  cookieKeys: string[];
  shellOrigins: readonly string[];
  corsPolicy: CorsPolicy;
  accessTokenTtlSeconds: number;
}

const HOUR = 60 * 60;

export function providerConfiguration(options: ProviderConfigurationOptions): Configuration {
  const { directory, signingKeys, cookieKeys, shellOrigins, corsPolicy, accessTokenTtlSeconds } = options;

  return {
    clients: [shellClientMetadata(shellOrigins)],
    jwks: signingKeys,
    cookies: { keys: cookieKeys },
    responseTypes: ['code'],
    // Every client proves possession of its code with PKCE; oidc-provider 9 knows S256 only.
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access', 'profile', IDENTITY_CODE_SCOPE, STAFF_ROLES_SCOPE],
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name', 'name', 'locale'],
      [IDENTITY_CODE_SCOPE]: [IDENTITY_CODE_CLAIM],
      [STAFF_ROLES_SCOPE]: [STAFF_ROLES_CLAIM],
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
    },
    acrValues: [...ACR_VALUES],
    discovery: { ui_locales_supported: [...LANGUAGES], claims_locales_supported: [...LANGUAGES] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    loadExistingGrant: loadFirstPartyGrant,
    async findAccount(_ctx, subject) {
      const person = directory.bySubject(subject);
      if (!person) return undefined;
      return { accountId: person.subject, claims: () => personClaims(person) };
    },
    // The services' access token carries what a service needs to know who is asking.
    async extraTokenClaims(_ctx, token: AccessTokenLike) {
      if (token.kind !== 'AccessToken' || !token.accountId || !token.resourceServer) return undefined;
      const person = directory.bySubject(token.accountId);
      if (!person) return undefined;
      const { sub: _sub, ...claims } = personClaims(person);
      return { ...claims, acr: personAcr(person) };
    },
    clientBasedCORS: (_ctx: KoaContextWithOIDC, origin, client) =>
      client.clientId === SHELL_CLIENT_ID && corsPolicy.allows(origin),
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: servicesResourceIndicators(accessTokenTtlSeconds),
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      revocation: { enabled: true },
      userinfo: { enabled: true },
    },
    renderError,
    ttl: {
      AccessToken: accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: HOUR,
      Interaction: 15 * 60,
      Grant: 12 * HOUR,
      Session: 12 * HOUR,
      RefreshToken: 12 * HOUR,
    },
  };
}
