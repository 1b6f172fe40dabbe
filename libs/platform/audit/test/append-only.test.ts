import { postgresErrorCode, selectRows } from '@asiointi/platform-db';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { APPEND_ONLY_SQLSTATE, recordAudit } from '../src/index';
import { annaForEetu, eetuSubject, fixtureDatabase, fixtureLog } from './fixture-database';
import { auditLog } from './fixtures/audit-fixture-schema';

describeOnDatabases('the audit log is append-only', (engine) => {
  const database = engine.useDatabase(fixtureDatabase);
  beforeAll(async () => {
    await recordAudit(database().db, fixtureLog, annaForEetu, {
      action: 'read',
      resourceType: 'notes',
      purpose: 'test',
      subjectPerson: eetuSubject,
    });
  });

  async function failureOf(statement: ReturnType<typeof sql>) {
    return database()
      .db.execute(statement)
      .then(
        () => undefined,
        (error: unknown) => error,
      );
  }

  it.each([
    ['UPDATE', sql`update audit_fixture.audit_log set purpose = 'tampered'`],
    ['UPDATE of no row', sql`update audit_fixture.audit_log set purpose = 'tampered' where false`],
    ['DELETE', sql`delete from audit_fixture.audit_log`],
    ['TRUNCATE', sql`truncate audit_fixture.audit_log`],
  ])('refuses %s with insufficient_privilege', async (_name, statement) => {
    const failure = await failureOf(statement);
    expect(failure).toBeInstanceOf(Error);
    expect(postgresErrorCode(failure)).toBe(APPEND_ONLY_SQLSTATE);
  });

  it('refuses the query builder too, and the row stays as written', async () => {
    const failure = await database()
      .db.update(auditLog)
      .set({ outcome: 'denied' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(postgresErrorCode(failure)).toBe(APPEND_ONLY_SQLSTATE);
    const rows = await database().db.select().from(auditLog);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ purpose: 'test', outcome: 'success', subjectPerson: eetuSubject });
  });

  it('still accepts new rows', async () => {
    await recordAudit(database().db, fixtureLog, annaForEetu, {
      action: 'update',
      resourceType: 'notes',
      purpose: 'test',
      subjectPerson: eetuSubject,
    });
    const [count] = await selectRows<{ n: number }>(
      database().db,
      sql`select count(*)::int as n from audit_fixture.audit_log`,
    );
    expect(count?.n).toBe(2);
  });
});
