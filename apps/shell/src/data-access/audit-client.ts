import type { TRPCClient } from '@trpc/client';
import type { AuditServiceRouter } from '@asiointi/platform-audit';
import { createModuleClient, type ModuleClientOptions } from '@asiointi/platform-client';

/** Every module service as this page sees it: `audit.myDataEvents` and nothing else. */
export type AuditClient = TRPCClient<AuditServiceRouter>;

/** A typed client for the audit router of the module service at `apiUrl` (from the runtime manifest). */
export function createAuditClient(apiUrl: string, options: ModuleClientOptions): AuditClient {
  return createModuleClient<AuditServiceRouter>(apiUrl, options);
}
