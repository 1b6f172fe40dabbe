import { PgErrorCode, postgresErrorCode } from '@asiointi/platform-db';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { expect, it } from 'vitest';
import {
  bookingDatabaseDefinition,
  findReminderAddress,
  findResidentPreferences,
  saveReminderContact,
  saveResidentPreferences,
} from '../src/index';

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

  it('keeps where reminders go beside the other preferences, each save leaving the other alone', async () => {
    const { db } = database();
    const person = 'a51d0000-0000-4000-8000-0000000000c1';
    expect(await findReminderAddress(db, person, 'sms')).toBeNull();
    await saveReminderContact(db, {
      subject: person,
      reminderPhone: '+358401234567',
      reminderEmail: null,
      updatedBySubject: person,
    });
    expect(await findResidentPreferences(db, person)).toMatchObject({
      reminderChannel: 'sms',
      serviceLanguage: null,
    });
    await saveResidentPreferences(db, {
      subject: person,
      reminderChannel: 'email',
      serviceLanguage: 'sv',
      updatedBySubject: person,
    });
    await saveReminderContact(db, {
      subject: person,
      reminderPhone: '+358401234567',
      reminderEmail: 'anna@example.fi',
      updatedBySubject: person,
    });
    expect(await findResidentPreferences(db, person)).toMatchObject({
      reminderChannel: 'email',
      serviceLanguage: 'sv',
      reminderPhone: '+358401234567',
      reminderEmail: 'anna@example.fi',
    });
    expect(await findReminderAddress(db, person, 'sms')).toBe('+358401234567');
    expect(await findReminderAddress(db, person, 'email')).toBe('anna@example.fi');
  });

  it('refuses a phone number or an address longer than any real one', async () => {
    const save = (values: Partial<{ reminderPhone: string; reminderEmail: string }>) =>
      saveReminderContact(database().db, {
        subject: 'someone-else',
        reminderPhone: null,
        reminderEmail: null,
        updatedBySubject: 'someone-else',
        ...values,
      }).then(
        () => undefined,
        (error: unknown) => postgresErrorCode(error),
      );
    expect(await save({ reminderPhone: `+${'4'.repeat(16)}` })).toBe(PgErrorCode.checkViolation);
    expect(await save({ reminderEmail: `${'a'.repeat(250)}@x.fi` })).toBe(PgErrorCode.checkViolation);
  });
});
