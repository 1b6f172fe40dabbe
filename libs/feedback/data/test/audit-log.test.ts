import { readdir, readFile } from 'node:fs/promises';
import { APPEND_ONLY_SQLSTATE, appendOnlyTriggerSql, recordAudit } from '@asiointi/platform-audit';
import { postgresErrorCode } from '@asiointi/platform-db';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { describe, expect, it } from 'vitest';
import { auditLog, feedbackDatabaseDefinition, feedbackMigrationsFolder } from '../src/index';

describe('the feedback audit log migration', () => {
  it('holds the platform’s append-only trigger for the module’s schema', async () => {
    const file = (await readdir(feedbackMigrationsFolder)).find((name) =>
      name.endsWith('_audit_log_append_only.sql'),
    );
    const migration = await readFile(`${feedbackMigrationsFolder}/${file}`, 'utf8');
    expect(migration.trim()).toBe(appendOnlyTriggerSql('feedback').trim());
  });
});

describeOnDatabases('feedback.audit_log', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);

  it('takes new rows but refuses to change or remove them', async () => {
    const { db } = database();
    await recordAudit(
      db,
      { table: auditLog, service: 'feedback' },
      {
        requestId: 'r-1',
        actor: { subject: 'resident-1', kind: 'self', role: null, unitId: null, actingForSubject: null },
      },
      { action: 'read', resourceType: 'catalogue-entry', purpose: 'test', subjectPerson: 'resident-1' },
    );
    const refusal = (promise: PromiseLike<unknown>) =>
      Promise.resolve(promise).then(
        () => 'accepted',
        (error: unknown) => postgresErrorCode(error),
      );
    expect(await refusal(db.update(auditLog).set({ purpose: 'changed' }))).toBe(APPEND_ONLY_SQLSTATE);
    expect(await refusal(db.delete(auditLog))).toBe(APPEND_ONLY_SQLSTATE);
    expect(await db.$count(auditLog)).toBe(1);
  });
});
