import { describe, expect, it } from 'vitest';
import { retryOnConflict } from '../src/retry-on-conflict';

/** A driver error wrapped the way Drizzle wraps it. */
function wrapped(code: string): Error {
  return new Error('Failed query', { cause: Object.assign(new Error('driver'), { code }) });
}

describe('retryOnConflict', () => {
  it('runs the work again after a deadlock or a serialization failure, then answers', async () => {
    const failures = [wrapped('40P01'), wrapped('40001')];
    let calls = 0;
    const result = await retryOnConflict(async () => {
      calls += 1;
      const failure = failures.shift();
      if (failure) throw failure;
      return 'booked';
    });
    expect(result).toBe('booked');
    expect(calls).toBe(3);
  });

  it('gives up after the attempts and passes the last error on', async () => {
    let calls = 0;
    const failure = wrapped('40P01');
    await expect(
      retryOnConflict(async () => {
        calls += 1;
        throw failure;
      }, 2),
    ).rejects.toBe(failure);
    expect(calls).toBe(2);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const failure = wrapped('23P01');
    await expect(
      retryOnConflict(async () => {
        calls += 1;
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(calls).toBe(1);
  });
});
