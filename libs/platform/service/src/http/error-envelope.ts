import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/** Codes every service may answer with, whatever the module. */
export const ServiceErrorCode = {
  validationFailed: 'VALIDATION_FAILED',
  internal: 'INTERNAL',
  notFound: 'NOT_FOUND',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  tooManyRequests: 'TOO_MANY_REQUESTS',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  badRequest: 'BAD_REQUEST',
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
