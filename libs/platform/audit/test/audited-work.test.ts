import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { auditedChange, auditedRead, recordDeniedAccess, systemAuditActor } from '../src/index';
import {
  annaForEetu,
  annaSubject,
  eetuSubject,
  fixtureDatabase,
  fixtureLog,
  nurseInUnit,
} from './fixture-database';
import { auditLog, notes } from './fixtures/audit-fixture-schema';

const noteEntry = { resourceType: 'notes', purpose: 'test', subjectPerson: eetuSubject } as const;

describeOnDatabases('audited reads and changes', (engine) => {
  const database = engine.useDatabase(fixtureDatabase);
  const db = () => database().db;
  const auditRows = () => db().select().from(auditLog);
  let rowsBefore = 0;
  beforeEach(async () => {
    rowsBefore = (await auditRows()).length;
  });

  it('writes the change and one success row together, with the actor as given', async () => {
    await auditedChange(db(), fixtureLog, annaForEetu, { ...noteEntry, action: 'create' }, (tx) =>
      tx.insert(notes).values({ subject: eetuSubject, body: 'allergic to nuts' }),
    );
    const rows = await auditRows();
    expect(rows).toHaveLength(rowsBefore + 1);
    expect(rows.at(-1)).toMatchObject({
      service: 'fixture',
      requestId: 'request-1',
      actorSubject: annaSubject,
      actorKind: 'guardian',
      actorRole: null,
      actorUnitId: null,
      actingForSubject: eetuSubject,
      subjectPerson: eetuSubject,
      action: 'create',
      resourceType: 'notes',
      resourceId: null,
      purpose: 'test',
      outcome: 'success',
    });
    expect(rows.at(-1)?.occurredAt).toBeInstanceOf(Date);
  });

  it('rolls the audit row back when the change fails after it was written', async () => {
    const failure = await auditedChange(
      db(),
      fixtureLog,
      annaForEetu,
      { ...noteEntry, action: 'update' },
      (tx) =>
        // The audit row is already inserted in this transaction; the empty body breaks a check constraint.
        tx.update(notes).set({ body: '' }).where(eq(notes.subject, eetuSubject)),
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(await auditRows()).toHaveLength(rowsBefore);
    const [note] = await db().select().from(notes).where(eq(notes.subject, eetuSubject));
    expect(note?.body).toBe('allergic to nuts');
  });

  it('records one row per read, and none for a read that failed', async () => {
    const body = await auditedRead(
      db(),
      fixtureLog,
      nurseInUnit,
      { ...noteEntry, action: 'read' },
      async (tx) => {
        const [note] = await tx.select().from(notes).where(eq(notes.subject, eetuSubject));
        return note?.body;
      },
    );
    expect(body).toBe('allergic to nuts');
    const rows = await auditRows();
    expect(rows).toHaveLength(rowsBefore + 1);
    expect(rows.at(-1)).toMatchObject({ actorKind: 'staff', actorRole: 'nurse', action: 'read' });

    await expect(
      auditedRead(db(), fixtureLog, nurseInUnit, { ...noteEntry, action: 'read' }, () =>
        Promise.reject(new Error('read failed')),
      ),
    ).rejects.toThrow('read failed');
    expect(await auditRows()).toHaveLength(rowsBefore + 1);
  });

  it('records a refusal as denied', async () => {
    await recordDeniedAccess(db(), fixtureLog, annaForEetu, { ...noteEntry, action: 'read' });
    expect((await auditRows()).at(-1)).toMatchObject({ outcome: 'denied', subjectPerson: eetuSubject });
  });

  it('refuses a row with an actor kind outside the vocabulary, or a person without a subject', async () => {
    const withKind = (kind: string) => ({ ...annaForEetu, actor: { ...annaForEetu.actor, kind } }) as never;
    await expect(
      recordDeniedAccess(db(), fixtureLog, withKind('neighbour'), { ...noteEntry, action: 'read' }),
    ).rejects.toThrow();
    const nameless = { requestId: 'r', actor: { ...annaForEetu.actor, subject: null } };
    await expect(
      recordDeniedAccess(db(), fixtureLog, nameless, { ...noteEntry, action: 'read' }),
    ).rejects.toThrow();
    await recordDeniedAccess(
      db(),
      fixtureLog,
      { requestId: 'job', actor: systemAuditActor },
      { ...noteEntry, action: 'read' },
    );
    expect(await auditRows()).toHaveLength(rowsBefore + 1);
  });
});
