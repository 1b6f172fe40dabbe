import { type TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import {
  ServiceErrorCode,
  serviceErrorShape,
  type ErrorIssue,
  type ServiceErrorShape,
} from '../http/error-envelope';
import { ApiError } from './api-error';

interface IssueLike {
  path?: readonly unknown[];
  code?: unknown;
}

function issuesOf(cause: unknown): IssueLike[] | undefined {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as IssueLike[]) : undefined;
}

/** Zod issues (or any Standard Schema issues) reduced to where and what, without messages that echo input. */
function toErrorIssues(issues: IssueLike[]): ErrorIssue[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((segment) => {
      const key =
        typeof segment === 'object' && segment !== null ? (segment as { key?: unknown }).key : segment;
      return typeof key === 'number' ? key : String(key);
    }),
    code: typeof issue.code === 'string' ? issue.code : 'invalid',
  }));
}

/**
 * The one error formatter of every service: stable codes in `data.code`, zod issues as { path, code },
 * no stack and no internal message. tRPC calls it for every error it answers with.
 */
export function formatServiceError({ error }: { error: TRPCError }): ServiceErrorShape {
  const trpcCode = error.code;
  const httpStatus = getHTTPStatusCodeFromError(error);
  if (error instanceof ApiError) {
    return serviceErrorShape({ code: error.errorCode, trpcCode, httpStatus });
  }
  const issues = issuesOf(error.cause);
  if (trpcCode === 'BAD_REQUEST' && issues) {
    return serviceErrorShape({
      code: ServiceErrorCode.validationFailed,
      trpcCode,
      httpStatus,
      issues: toErrorIssues(issues),
    });
  }
  if (trpcCode === 'INTERNAL_SERVER_ERROR') {
    return serviceErrorShape({ code: ServiceErrorCode.internal, trpcCode, httpStatus });
  }
  return serviceErrorShape({ code: trpcCode, trpcCode, httpStatus });
}
