// The refusals of the access checks: a stable code and an HTTP meaning, never data. The cause stays in
// the service log (it never carries a token, a claim or an identity code).
import { ServiceErrorCode } from '../http/error-envelope';
import { ApiError } from '../trpc/api-error';

export const unauthenticated = (cause?: unknown) =>
  new ApiError('UNAUTHORIZED', ServiceErrorCode.unauthenticated, { cause });

export const forbidden = () => new ApiError('FORBIDDEN', ServiceErrorCode.forbidden);

export const actingForNotAllowed = () => new ApiError('FORBIDDEN', ServiceErrorCode.actingForNotAllowed);

export const identityUnavailable = (cause: unknown) =>
  new ApiError('SERVICE_UNAVAILABLE', ServiceErrorCode.identityUnavailable, { cause });

export const relationsUnavailable = (cause: unknown) =>
  new ApiError('SERVICE_UNAVAILABLE', ServiceErrorCode.relationsUnavailable, { cause });

export const personDirectoryUnavailable = (cause: unknown) =>
  new ApiError('SERVICE_UNAVAILABLE', ServiceErrorCode.personDirectoryUnavailable, { cause });

export const databaseUnavailable = (cause: unknown) =>
  new ApiError('SERVICE_UNAVAILABLE', ServiceErrorCode.databaseUnavailable, { cause });
