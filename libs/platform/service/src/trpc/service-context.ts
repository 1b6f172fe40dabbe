import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { languageFromAcceptLanguage, type ServiceLanguage } from './language';

/**
 * What every procedure of every service gets. Modules extend it with their own parts (a database handle)
 * through createService's createContext; the caller's verified identity will join it here.
 */
export interface ServiceContext {
  requestId: string;
  /** Logger bound to this request (every line carries the request id). */
  log: FastifyBaseLogger;
  /** The caller's language from Accept-Language: fi, sv or en. */
  language: ServiceLanguage;
}

export function serviceContextOf(request: FastifyRequest): ServiceContext {
  return {
    requestId: request.id,
    log: request.log,
    language: languageFromAcceptLanguage(request.headers['accept-language']),
  };
}
