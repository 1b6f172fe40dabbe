import { describe, expect, it } from 'vitest';
import { openDatabase, postgresErrorCode } from '../src/index';
import { notesDatabase } from './fixture-database';

describe('openDatabase refuses', () => {
  it('a schema name that is not a plain lower-case identifier', async () => {
    await expect(openDatabase({ ...notesDatabase, schemaName: 'Booking; drop' })).rejects.toThrow(
      /Invalid schema name/,
    );
  });

  it('a folder without a migration journal, naming the folder', async () => {
    await expect(
      openDatabase({ ...notesDatabase, migrationsFolder: '/nonexistent/migrations' }),
    ).rejects.toThrow('/nonexistent/migrations/meta/_journal.json');
  });

  it('an unreachable server with a connection error that is no SQLSTATE', async () => {
    const failure = await openDatabase({
      ...notesDatabase,
      databaseUrl: 'postgres://postgres@127.0.0.1:1/none',
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'ECONNREFUSED' });
    expect(postgresErrorCode(failure)).toBeUndefined();
  });
});

describe('postgresErrorCode', () => {
  it('finds the code on a wrapped cause', () => {
    const driverError = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(postgresErrorCode(new Error('Failed query', { cause: driverError }))).toBe('23505');
  });

  it('reads a code on the error itself', () => {
    expect(postgresErrorCode(Object.assign(new Error('overlap'), { code: '23P01' }))).toBe('23P01');
  });

  it('ignores values that are not errors', () => {
    expect(postgresErrorCode(undefined)).toBeUndefined();
    expect(postgresErrorCode('23505')).toBeUndefined();
  });
});
