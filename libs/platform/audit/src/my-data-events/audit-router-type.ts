// The client-side type of the audit router, for the shell (`import type`): the same on every service.
// Built for reference root types whose error shape is the one every Asiointi service answers with
// (platform-service's tests check that the two stay equal).
import type { TRPC_ERROR_CODE_KEY, TRPCBuiltRouter, TRPCDecorateCreateRouterOptions } from '@trpc/server';
import type { AuditedProcedureMeta } from '../audited-procedure-meta';
import type { AuditRouterContext, createAuditRouter } from './create-audit-router';

/** The error shape of every service: stable codes, no messages that could echo input. */
export interface AuditServiceErrorShape {
  message: string;
  code: number;
  data: {
    code: string;
    trpcCode: TRPC_ERROR_CODE_KEY;
    httpStatus: number;
    issues?: { path: (string | number)[]; code: string }[];
  };
}

interface ReferenceRootTypes {
  ctx: AuditRouterContext;
  meta: AuditedProcedureMeta;
  errorShape: AuditServiceErrorShape;
  transformer: false;
}

/** The router every service mounts under the key `audit`. */
export type AuditRouter = ReturnType<typeof createAuditRouter<ReferenceRootTypes, AuditRouterContext>>;
/** A service as the shell's "who has handled my data" page sees it: `audit.myDataEvents` and nothing else. */
export type AuditServiceRouter = TRPCBuiltRouter<
  ReferenceRootTypes,
  TRPCDecorateCreateRouterOptions<{ audit: AuditRouter }>
>;
