import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { noActingFor, type ActingFor } from '../auth/acting-for';
import { anonymousPrincipal, type CallerPrincipal } from '../auth/caller-principal';
import { identityOfRequest, type RequestIdentity } from '../auth/request-identity';
import { defaultLanguage, languageFromAcceptLanguage, type ServiceLanguage } from './language';

/**
 * What every procedure of every service gets. Modules extend it with their own parts (a database handle)
 * through createService's createContext.
 */
export interface ServiceContext {
  requestId: string;
  /** Logger bound to this request (every line carries the request id). */
  log: FastifyBaseLogger;
  /** The caller's language from Accept-Language: fi, sv or en. */
  language: ServiceLanguage;
  /** Verified from the bearer token; anonymous without one. Procedures check it through their builder. */
  principal: CallerPrincipal;
  /** X-Acting-For and its resolution; resident procedures use it to find the subject person. */
  actingFor: ActingFor;
  /**
   * The verified bearer token, for calls made on the caller's behalf (the person directory asks with the
   * staff member's own token). A secret: never log it or put it in a response.
   */
  accessToken?: string;
  /**
   * The caller's network address as the server sees it (behind a proxy, as Fastify's trustProxy resolves
   * it), for limits per client such as failed public-link lookups. Personal data: never log it with anything
   * that identifies what the caller did.
   */
  clientAddress?: string;
}

/** Throws UNAUTHENTICATED for a token that does not verify: the request is refused, never made anonymous. */
export async function serviceContextOf(
  request: FastifyRequest,
  identity: RequestIdentity,
): Promise<ServiceContext> {
  const { principal, actingFor, accessToken } = await identityOfRequest(identity, request.headers);
  return {
    accessToken,
    clientAddress: request.ip,
    requestId: request.id,
    log: request.log,
    language: languageFromAcceptLanguage(request.headers['accept-language']),
    principal,
    actingFor,
  };
}

/** A context for calls made in process (jobs, tests): anonymous and acting for nobody unless told. */
export function inProcessServiceContext(
  parts: Pick<ServiceContext, 'requestId' | 'log'> & Partial<ServiceContext>,
): ServiceContext {
  return { language: defaultLanguage, principal: anonymousPrincipal, actingFor: noActingFor, ...parts };
}
