import type { AuditedProcedureMeta } from '@asiointi/platform-audit';

/** What a procedure may declare with `.meta(...)`: its audit action, resource and purpose. */
export type ServiceProcedureMeta = AuditedProcedureMeta;
