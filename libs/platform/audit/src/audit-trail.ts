// The audit functions bound to one service's log, so procedures name only what they did.
import type { AuditContext, AuditEntry } from './audit-entry';
import { auditedChange, auditedRead, recordDeniedAccess, type TransactionOf } from './audited-work';
import { type AuditDatabase, type AuditLog, recordAudit } from './record-audit';
import type { AuditOutcome } from './audit-vocabulary';

export interface AuditTrail {
  log: AuditLog;
  record(tx: AuditDatabase, context: AuditContext, entry: AuditEntry, outcome?: AuditOutcome): Promise<void>;
  read<TDb extends AuditDatabase, TResult>(
    db: TDb,
    context: AuditContext,
    entry: AuditEntry,
    read: (tx: TransactionOf<TDb>) => Promise<TResult>,
  ): Promise<TResult>;
  change<TDb extends AuditDatabase, TResult>(
    db: TDb,
    context: AuditContext,
    entry: AuditEntry,
    change: (tx: TransactionOf<TDb>) => Promise<TResult>,
  ): Promise<TResult>;
  denied(db: AuditDatabase, context: AuditContext, entry: AuditEntry): Promise<void>;
}

export function createAuditTrail(log: AuditLog): AuditTrail {
  return {
    log,
    record: (tx, context, entry, outcome) => recordAudit(tx, log, context, entry, outcome),
    read: (db, context, entry, read) => auditedRead(db, log, context, entry, read),
    change: (db, context, entry, change) => auditedChange(db, log, context, entry, change),
    denied: (db, context, entry) => recordDeniedAccess(db, log, context, entry),
  };
}
