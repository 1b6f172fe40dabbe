import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { ApiError } from './api-error';

/** The kinds of rule violation a domain lib can report, each with its HTTP meaning. */
const trpcCodeByKind = {
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  invalid: 'BAD_REQUEST',
  forbidden: 'FORBIDDEN',
  preconditionFailed: 'PRECONDITION_FAILED',
  unprocessable: 'UNPROCESSABLE_CONTENT',
} as const satisfies Record<string, TRPC_ERROR_CODE_KEY>;

export type DomainErrorKind = keyof typeof trpcCodeByKind;

/**
 * What a domain error looks like. Domain libs stay free of platform imports, so they only need to throw an
 * Error carrying these two fields (for example `class SlotTakenError extends Error { readonly kind = 'conflict';
 * readonly domainErrorCode = 'SLOT_TAKEN' }`); every service answers it with that code.
 */
export interface DomainErrorLike extends Error {
  readonly kind: DomainErrorKind;
  readonly domainErrorCode: string;
}

export function isDomainError(error: unknown): error is DomainErrorLike {
  if (!(error instanceof Error)) return false;
  const candidate = error as Partial<DomainErrorLike>;
  return (
    typeof candidate.domainErrorCode === 'string' &&
    typeof candidate.kind === 'string' &&
    Object.hasOwn(trpcCodeByKind, candidate.kind)
  );
}

export function apiErrorFromDomainError(error: DomainErrorLike): ApiError {
  return new ApiError(trpcCodeByKind[error.kind], error.domainErrorCode, { cause: error });
}
