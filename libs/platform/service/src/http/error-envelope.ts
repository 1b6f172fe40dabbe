import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/** Codes every service may answer with, whatever the module. */
export const ServiceErrorCode = {
  validationFailed: 'VALIDATION_FAILED',
  internal: 'INTERNAL',
  notFound: 'NOT_FOUND',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  /** A procedure path (a tRPC batch) longer than the router accepts: 414. */
  uriTooLong: 'URI_TOO_LONG',
  /** Request headers over Node's limit (16 KiB): 431. */
  headersTooLarge: 'HEADERS_TOO_LARGE',
  tooManyRequests: 'TOO_MANY_REQUESTS',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  badRequest: 'BAD_REQUEST',
  /** No token, or one that does not verify (expired, wrong audience or issuer, bad signature). */
  unauthenticated: 'UNAUTHENTICATED',
  /** Signed in, but not allowed this; the same whether the record or person exists or not. */
  forbidden: 'FORBIDDEN',
  /** The person named in X-Acting-For may not be acted for in the service's scope. */
  actingForNotAllowed: 'ACTING_FOR_NOT_ALLOWED',
  /** The identity provider's keys (or its discovery document) could not be fetched. */
  identityUnavailable: 'IDENTITY_UNAVAILABLE',
  /** The relations (mandate) service did not answer usefully: never taken as a grant. */
  relationsUnavailable: 'RELATIONS_UNAVAILABLE',
  /** The person directory (lookup by identity code) did not answer usefully. */
  personDirectoryUnavailable: 'PERSON_DIRECTORY_UNAVAILABLE',
  /** The service's database cannot be reached (down, refusing, or not answering within a second). */
  databaseUnavailable: 'DATABASE_UNAVAILABLE',
  /** The unit directory could not be read and no earlier copy of it is kept. */
  unitsUnavailable: 'UNITS_UNAVAILABLE',
} as const;

export interface ErrorIssue {
  path: (string | number)[];
  code: string;
}

/** The `data` of every error the service returns: stable codes only, never a message or a stack. */
export interface ServiceErrorData {
  /** Stable machine-readable code: VALIDATION_FAILED, INTERNAL, or a module's code such as UNIT_NOT_FOUND. */
  code: string;
  /** The tRPC error class behind it (NOT_FOUND, BAD_REQUEST, ...). */
  trpcCode: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  issues?: ErrorIssue[];
}

export interface ServiceErrorShape {
  /** Equal to data.code, so that a client's Error message is a code, not text that could echo input. */
  message: string;
  code: number;
  data: ServiceErrorData;
}

export function serviceErrorShape(data: ServiceErrorData): ServiceErrorShape {
  return { message: data.code, code: TRPC_ERROR_CODES_BY_KEY[data.trpcCode], data };
}
