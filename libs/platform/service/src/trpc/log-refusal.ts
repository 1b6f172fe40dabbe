import { isAuthenticationError } from '@asiointi/platform-auth';
import type { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyBaseLogger } from 'fastify';
import { ApiError } from './api-error';

/**
 * Logs why a call failed, under the request id. The caller sees a code only; the cause, with its stack,
 * stays here. Causes never hold tokens or claims, and the logger masks identity codes besides.
 */
export function logRefusal(log: FastifyBaseLogger, error: TRPCError, procedure: string | undefined): void {
  const status = getHTTPStatusCodeFromError(error);
  const code = error instanceof ApiError ? error.errorCode : error.code;
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    log.error({ err: error.cause ?? error, procedure }, 'procedure failed');
  } else if (status >= 500) {
    log.warn({ err: error.cause ?? error, code, procedure }, 'procedure could not be served');
  } else {
    // Why a token was refused (expired, wrong audience...) helps support; the reason carries no data.
    const authFailure = isAuthenticationError(error.cause) ? error.cause.reason : undefined;
    log.info({ trpcCode: error.code, code, authFailure, procedure }, 'procedure refused the call');
  }
}
