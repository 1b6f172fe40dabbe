import type { AuditAction } from './audit-vocabulary';

/**
 * What a procedure declares about itself for the audit log (tRPC `.meta({ audit })`): the service's access
 * checks use it to log a refusal with the same action, resource and purpose a success would have had.
 */
export interface AuditedProcedureMeta {
  audit?: { action: AuditAction; resourceType: string; purpose: string };
}
