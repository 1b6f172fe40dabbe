// The part of oidc-provider 9's API this app uses. The package ships no types, and the community ones
// (@types/oidc-provider) lag behind and pull in Koa's; this is small enough to keep honest by hand.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type UnknownObject = Record<string, unknown>;

  export interface ClientMetadata {
    client_id: string;
    client_name?: string;
    application_type?: 'web' | 'native';
    token_endpoint_auth_method?: string;
    grant_types?: string[];
    response_types?: string[];
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
    scope?: string;
    [key: string]: unknown;
  }

  export interface Client {
    readonly clientId: string;
    readonly clientName?: string;
    readonly redirectUris: string[];
    readonly postLogoutRedirectUris: string[];
    readonly clientAuthMethod: string;
    redirectUriAllowed(value: string): boolean;
    postLogoutRedirectUriAllowed(value: string): boolean;
  }

  export interface ResourceServer {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg?: string; kid?: string } };
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string, claims: UnknownObject, rejected: string[]): Promise<UnknownObject> | UnknownObject;
  }

  export interface AccessTokenLike {
    readonly kind: string;
    readonly accountId?: string;
    readonly clientId?: string;
    readonly resourceServer?: { identifier(): string; audience?: string };
  }

  export interface Grant {
    readonly jti: string;
    readonly accountId: string;
    readonly clientId: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    save(ttl?: number): Promise<string>;
  }

  export interface GrantConstructor {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface Interaction {
    readonly uid: string;
    readonly returnTo: string;
    readonly exp: number;
    readonly prompt: { name: 'login' | 'consent' | string; reasons: string[]; details: UnknownObject };
    readonly params: UnknownObject;
    readonly session?: { accountId?: string; uid?: string };
    readonly grantId?: string;
    readonly lastSubmission?: UnknownObject;
  }

  export interface InteractionResults {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean; ts?: number };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
    [key: string]: unknown;
  }

  export interface OIDCContext {
    readonly route: string;
    readonly client?: Client;
    readonly params?: UnknownObject;
    readonly session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
    readonly account?: Account;
    readonly result?: InteractionResults;
    readonly requestParamOIDCScopes: Set<string>;
    readonly requestParamClaims: Set<string>;
    readonly requestParamScopes: Set<string>;
    readonly resourceServers: Record<string, unknown>;
    readonly provider: Provider;
    readonly entities: UnknownObject;
  }

  export interface KoaContextWithOIDC {
    oidc: OIDCContext;
    body: unknown;
    type: string;
    status: number;
    readonly host: string;
    readonly path: string;
    readonly method: string;
    readonly query: UnknownObject;
    set(field: string, value: string): void;
    get(field: string): string;
  }

  export interface ErrorOut {
    error: string;
    error_description?: string;
    [key: string]: unknown;
  }

  export interface JWKS {
    keys: UnknownObject[];
  }

  export interface Configuration {
    acrValues?: string[];
    claims?: Record<string, string[] | null>;
    clientBasedCORS?: (ctx: KoaContextWithOIDC, origin: string, client: Client) => boolean;
    clients?: ClientMetadata[];
    conformIdTokenClaims?: boolean;
    cookies?: {
      keys?: string[];
      names?: Record<string, string>;
      long?: UnknownObject;
      short?: UnknownObject;
    };
    discovery?: UnknownObject;
    extraTokenClaims?: (ctx: KoaContextWithOIDC, token: AccessTokenLike) => Promise<UnknownObject | undefined> | UnknownObject | undefined;
    features?: UnknownObject;
    findAccount?: (ctx: KoaContextWithOIDC, sub: string, token?: unknown) => Promise<Account | undefined> | Account | undefined;
    interactions?: { url?: (ctx: KoaContextWithOIDC, interaction: Interaction) => string | Promise<string>; policy?: unknown };
    jwks?: JWKS;
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
    pkce?: { required?: (ctx: KoaContextWithOIDC, client: Client) => boolean };
    renderError?: (ctx: KoaContextWithOIDC, out: ErrorOut, error: Error) => void | Promise<void>;
    responseTypes?: string[];
    routes?: Record<string, string>;
    scopes?: string[];
    ttl?: Record<string, number | ((...args: unknown[]) => number)>;
    [key: string]: unknown;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    proxy: boolean;
    readonly Grant: GrantConstructor;
    readonly Client: { prototype: Client };
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
    urlFor(name: string, options?: UnknownObject): string;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export const errors: {
    InvalidTarget: new (description?: string) => Error;
    SessionNotFound: new (description?: string) => Error;
    OIDCProviderError: new (...args: unknown[]) => Error & { error: string; error_description?: string; statusCode: number };
  };

  export default Provider;
}
