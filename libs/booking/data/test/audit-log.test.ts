import { readFile } from 'node:fs/promises';
import { APPEND_ONLY_SQLSTATE, appendOnlyTriggerSql, recordAudit } from '@asiointi/platform-audit';
import { postgresErrorCode } from '@asiointi/platform-db';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, bookingDatabaseDefinition, bookingMigrationsFolder } from '../src/index';

describe('the booking audit log migration', () => {
  it('holds the platform’s append-only trigger for the booking schema', async () => {
    const migration = await readFile(`${bookingMigrationsFolder}/0002_audit_log_append_only.sql`, 'utf8');
    expect(migration.trim()).toBe(appendOnlyTriggerSql('booking').trim());
  });
});

describeOnDatabases('booking.audit_log', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  it('takes new rows but refuses to update or delete them', async () => {
    const { db } = database();
    await recordAudit(
      db,
      { table: auditLog, service: 'booking' },
      {
        requestId: 'r-1',
        actor: { subject: 'resident-1', kind: 'self', role: null, unitId: null, actingForSubject: null },
      },
      { action: 'read', resourceType: 'resident-preferences', purpose: 'test', subjectPerson: 'resident-1' },
    );
    const [row] = await db.select().from(auditLog);
    expect(row).toMatchObject({ service: 'booking', subjectPerson: 'resident-1' });

    const refusal = (promise: PromiseLike<unknown>) =>
      Promise.resolve(promise).then(
        () => 'accepted',
        (error: unknown) => postgresErrorCode(error),
      );
    expect(
      await refusal(
        db
          .update(auditLog)
          .set({ purpose: 'tampered' })
          .where(eq(auditLog.id, row?.id ?? '')),
      ),
    ).toBe(APPEND_ONLY_SQLSTATE);
    expect(await refusal(db.delete(auditLog))).toBe(APPEND_ONLY_SQLSTATE);
    expect(await db.select().from(auditLog)).toEqual([row]);
  });
});
