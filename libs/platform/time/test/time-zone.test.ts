import { describe, expect, it } from 'vitest';
import { HELSINKI_TIME_ZONE } from '../src/index';

describe('time zone', () => {
  it('is the one Intl knows for Finland', () => {
    expect(new Intl.DateTimeFormat('fi', { timeZone: HELSINKI_TIME_ZONE }).resolvedOptions().timeZone).toBe(
      HELSINKI_TIME_ZONE,
    );
  });
});
