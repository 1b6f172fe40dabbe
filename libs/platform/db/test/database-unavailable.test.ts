import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/index';

const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause });

describe('isDatabaseUnavailable', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', '08006', '57P01', '57P03', '53300'])(
    'sees %s behind Drizzle’s wrapper as the database being unavailable',
    (code) => {
      expect(isDatabaseUnavailable(wrapped(Object.assign(new Error('down'), { code })))).toBe(true);
    },
  );

  it.each(['23505', '23P01', '42P01', '40001', 'ERR_INVALID_ARG_TYPE'])('does not take %s for an outage', (code) => {
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error('fault'), { code })))).toBe(false);
  });

  it('does not take errors without a code, or non-errors, for an outage', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
