// Who a request comes from and whom it acts for: one authenticator and one relations client per service,
// applied to each request's headers.
import type { IncomingHttpHeaders } from 'node:http';
import type { ServiceConfig } from '../config/service-config';
import { actingForOfRequest, type ActingFor } from './acting-for';
import { actingForHeader, readActingForHeader } from './acting-for-header';
import type { CallerPrincipal } from './caller-principal';
import { createRelationsClient, type RelationsClient } from './relations-client';
import { createRequestAuthenticator, type RequestAuthenticator } from './request-authenticator';

export interface RequestIdentity {
  authenticator: RequestAuthenticator;
  relations: RelationsClient;
}

export function createRequestIdentity(
  config: Pick<ServiceConfig, 'oidcIssuer' | 'oidcAudience' | 'oidcJwksUrl' | 'relationsUrl'>,
  fetchImpl: typeof fetch = fetch,
): RequestIdentity {
  return {
    authenticator: createRequestAuthenticator(
      { issuer: config.oidcIssuer, audience: config.oidcAudience, jwksUrl: config.oidcJwksUrl },
      fetchImpl,
    ),
    relations: createRelationsClient({ relationsUrl: config.relationsUrl, fetch: fetchImpl }),
  };
}

export async function identityOfRequest(
  identity: RequestIdentity,
  headers: IncomingHttpHeaders,
): Promise<{ principal: CallerPrincipal; actingFor: ActingFor; accessToken: string | undefined }> {
  const { principal, accessToken } = await identity.authenticator.authenticate(headers.authorization);
  const actingFor = actingForOfRequest({
    requested: readActingForHeader(headers[actingForHeader]),
    principal,
    accessToken,
    relations: identity.relations,
  });
  return { principal, actingFor, accessToken };
}
