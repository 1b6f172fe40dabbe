import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';

/**
 * An expected failure a procedure reports on purpose, with a stable code from the module's contract:
 * `throw new ApiError('NOT_FOUND', 'UNIT_NOT_FOUND')`.
 */
export class ApiError extends TRPCError {
  readonly errorCode: string;

  constructor(trpcCode: TRPC_ERROR_CODE_KEY, errorCode: string, options: { cause?: unknown } = {}) {
    super({ code: trpcCode, message: errorCode, cause: options.cause });
    this.name = 'ApiError';
    this.errorCode = errorCode;
  }
}
