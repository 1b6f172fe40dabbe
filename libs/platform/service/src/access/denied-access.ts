import type { AuditContext, AuditEntry } from '@asiointi/platform-audit';
import type { ServiceContext } from '../trpc/service-context';

/** Writes a refusal to the service's audit log (outcome 'denied'), outside any transaction. */
export type DeniedAccessRecorder<TContext extends ServiceContext> = (
  ctx: TContext,
  auditContext: AuditContext,
  entry: AuditEntry,
) => Promise<void>;

/**
 * Records a refusal. If the audit log cannot be written the call is still refused (the safe outcome);
 * the failure is logged as an error for operations to act on.
 */
export async function recordRefusal<TContext extends ServiceContext>(
  recorder: DeniedAccessRecorder<TContext> | undefined,
  ctx: TContext,
  auditContext: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  if (!recorder) return;
  try {
    await recorder(ctx, auditContext, entry);
  } catch (error) {
    ctx.log.error({ err: error }, 'a refusal could not be written to the audit log');
  }
}
