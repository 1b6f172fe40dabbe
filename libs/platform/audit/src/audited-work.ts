// A read or a change of a person's data together with its audit row, in one transaction: neither exists
// without the other. PGlite has one connection, so never call these inside another transaction.
import type { AuditContext, AuditEntry } from './audit-entry';
import { type AuditDatabase, type AuditLog, recordAudit } from './record-audit';

/** The transaction type a database handle's transaction() hands its callback. */
export type TransactionOf<TDb extends AuditDatabase> = Parameters<Parameters<TDb['transaction']>[0]>[0];

/** Runs the read, then records it; a failed read leaves no row, as nothing was disclosed. */
export function auditedRead<TDb extends AuditDatabase, TResult>(
  db: TDb,
  log: AuditLog,
  context: AuditContext,
  entry: AuditEntry,
  read: (tx: TransactionOf<TDb>) => Promise<TResult>,
): Promise<TResult> {
  return db.transaction(async (tx) => {
    const result = await read(tx as TransactionOf<TDb>);
    await recordAudit(tx, log, context, entry);
    return result;
  });
}

/** Records the change, then makes it: if the change fails, the row goes with it. */
export function auditedChange<TDb extends AuditDatabase, TResult>(
  db: TDb,
  log: AuditLog,
  context: AuditContext,
  entry: AuditEntry,
  change: (tx: TransactionOf<TDb>) => Promise<TResult>,
): Promise<TResult> {
  return db.transaction(async (tx) => {
    await recordAudit(tx, log, context, entry);
    return change(tx as TransactionOf<TDb>);
  });
}

/** A refused attempt to reach a person's data, in a transaction of its own (there is no work to join). */
export function recordDeniedAccess(
  db: AuditDatabase,
  log: AuditLog,
  context: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  return recordAudit(db, log, context, entry, 'denied');
}
