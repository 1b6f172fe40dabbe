import { errorCodeOf, isNetworkFailure } from './service-error';

/** The platform's words (common:serviceErrors.*) for a failed call that the module has none of its own for. */
export type ServiceErrorKey =
  | 'serviceErrors.network'
  | 'serviceErrors.generic'
  | 'serviceErrors.invalidRequest'
  | 'serviceErrors.tooManyRequests'
  | 'serviceErrors.unauthenticated'
  | 'serviceErrors.forbidden'
  | 'serviceErrors.actingForNotAllowed'
  | 'serviceErrors.temporarilyUnavailable';

/** The codes every service may answer with (platform-service's ServiceErrorCode and access errors). */
const platformErrorKeys: Record<string, ServiceErrorKey> = {
  VALIDATION_FAILED: 'serviceErrors.invalidRequest',
  URI_TOO_LONG: 'serviceErrors.invalidRequest',
  HEADERS_TOO_LARGE: 'serviceErrors.invalidRequest',
  TOO_MANY_REQUESTS: 'serviceErrors.tooManyRequests',
  UNAUTHENTICATED: 'serviceErrors.unauthenticated',
  FORBIDDEN: 'serviceErrors.forbidden',
  ACTING_FOR_NOT_ALLOWED: 'serviceErrors.actingForNotAllowed',
  IDENTITY_UNAVAILABLE: 'serviceErrors.temporarilyUnavailable',
  RELATIONS_UNAVAILABLE: 'serviceErrors.temporarilyUnavailable',
  UNITS_UNAVAILABLE: 'serviceErrors.temporarilyUnavailable',
  DATABASE_UNAVAILABLE: 'serviceErrors.temporarilyUnavailable',
  PERSON_DIRECTORY_UNAVAILABLE: 'serviceErrors.temporarilyUnavailable',
};

/**
 * The message to show for a failed call: only the typed code decides, the server's own text is never
 * shown. A module words its own codes first (`moduleKeys`) and leaves the platform's to this.
 */
export function serviceErrorMessageKey<TModuleKey extends string = never>(
  error: unknown,
  moduleKeys: Partial<Record<string, TModuleKey>> = {},
): TModuleKey | ServiceErrorKey {
  if (isNetworkFailure(error)) return 'serviceErrors.network';
  const code = errorCodeOf(error);
  if (code === undefined) return 'serviceErrors.generic';
  return moduleKeys[code] ?? platformErrorKeys[code] ?? 'serviceErrors.generic';
}
