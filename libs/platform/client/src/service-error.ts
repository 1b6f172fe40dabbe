import { TRPCClientError } from '@trpc/client';

function dataOf(error: unknown): Record<string, unknown> | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
}

/** The typed code of a failed call (error.data.code: TIME_TAKEN, FORBIDDEN, …), if the service gave one. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = dataOf(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The HTTP status of a failed call, if the service answered. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = dataOf(error)?.httpStatus;
  return typeof status === 'number' ? status : undefined;
}

/** The call never got an answer from the service (offline, DNS, CORS, the service down). */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TRPCClientError && dataOf(error) === undefined;
}
