import type { AuditEntry } from '@asiointi/platform-audit';
import type { ServiceProcedureMeta } from '../trpc/procedure-meta';

/** What an access check knows about the call it guards. */
export interface ProcedureCall {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  meta: ServiceProcedureMeta | undefined;
}

/**
 * The audit entry a refusal of this call is logged with: the procedure's declared audit meta, or (when it
 * declares none) its path, read for a query and update otherwise.
 */
export function refusedEntryOf(call: ProcedureCall, subjectPerson: string | null): AuditEntry {
  const declared = call.meta?.audit;
  return {
    action: declared?.action ?? (call.type === 'query' ? 'read' : 'update'),
    resourceType: declared?.resourceType ?? call.path,
    purpose: declared?.purpose ?? call.path,
    subjectPerson,
  };
}
