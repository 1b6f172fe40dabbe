import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createServiceLogger } from '../src/logging/create-logger';

/** An error shaped like Drizzle's DrizzleQueryError around a driver error. */
function failedQuery(): Error {
  const cause = Object.assign(new Error('deadlock detected'), { code: '40P01' });
  const error = new Error(
    'Failed query: insert into "booking"."bookings" ("message") values ($1)\nparams: Kipeä polvi, Maija Meikäläinen',
    { cause },
  );
  return Object.assign(error, {
    query: 'insert into "booking"."bookings" ("message") values ($1)',
    params: ['Kipeä polvi'],
  });
}

describe('logging a failed query', () => {
  it('keeps the statement and the cause but not the parameter values', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createServiceLogger({ service: 'test', level: 'info', destination });
    logger.error({ err: failedQuery() }, 'procedure failed');

    const line = lines.join('');
    expect(line).toContain('insert into');
    expect(line).toContain('deadlock detected');
    expect(line).not.toContain('Kipeä polvi');
    expect(line).not.toContain('Meikäläinen');
  });
});
