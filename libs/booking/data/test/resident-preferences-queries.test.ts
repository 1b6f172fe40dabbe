import { PgErrorCode, postgresErrorCode } from '@asiointi/platform-db';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { expect, it } from 'vitest';
import { bookingDatabaseDefinition, findResidentPreferences, saveResidentPreferences } from '../src/index';

const child = 'a51d0000-0000-4000-8000-000000000002';
const guardian = 'a51d0000-0000-4000-8000-000000000001';

describeOnDatabases('resident preferences', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  it('finds nothing before anything is saved', async () => {
    expect(await findResidentPreferences(database().db, child)).toBeUndefined();
  });

  it('saves, replaces and finds the preferences of one subject, with who changed them and when', async () => {
    const { db } = database();
    const first = await saveResidentPreferences(db, {
      subject: child,
      reminderChannel: 'sms',
      serviceLanguage: null,
      updatedBySubject: guardian,
    });
    expect(first).toMatchObject({
      subject: child,
      reminderChannel: 'sms',
      serviceLanguage: null,
      updatedBySubject: guardian,
    });

    const second = await saveResidentPreferences(db, {
      subject: child,
      reminderChannel: 'email',
      serviceLanguage: 'sv',
      updatedBySubject: child,
    });
    expect(second).toMatchObject({
      reminderChannel: 'email',
      serviceLanguage: 'sv',
      updatedBySubject: child,
    });
    expect(second.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    expect(await findResidentPreferences(db, child)).toEqual(second);
  });

  it('refuses a channel or a language outside the contract', async () => {
    const save = (values: Record<string, unknown>) =>
      saveResidentPreferences(database().db, {
        subject: 'someone',
        reminderChannel: 'sms',
        serviceLanguage: null,
        updatedBySubject: 'someone',
        ...values,
      } as never).then(
        () => undefined,
        (error: unknown) => postgresErrorCode(error),
      );
    expect(await save({ reminderChannel: 'fax' })).toBe(PgErrorCode.checkViolation);
    expect(await save({ serviceLanguage: 'de' })).toBe(PgErrorCode.checkViolation);
  });
});
