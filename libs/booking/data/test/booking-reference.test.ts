import { selectRows } from '@asiointi/platform-db';
import { bookingReferenceSchema } from '@asiointi/booking-contract';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bookingDatabaseDefinition } from '../src/index';
import { generateBookingReference } from '../src/booking-reference';

describe('generateBookingReference', () => {
  it('draws references residents can read out: eight characters of the contract’s alphabet', () => {
    const drawn = Array.from({ length: 500 }, generateBookingReference);
    for (const reference of drawn) expect(bookingReferenceSchema.parse(reference)).toBe(reference);
    expect(new Set(drawn).size).toBe(drawn.length);
  });
});

describeOnDatabases('reference_of, for bookings older than references', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  it('writes distinct numbers as distinct references of the same form as new ones', async () => {
    const rows = await selectRows<{ reference: string }>(
      database().db,
      sql`select booking.reference_of(n) as reference from unnest(array[0, 1, 30, 31, 961, 852891037440]::bigint[]) n`,
    );
    const references = rows.map((row) => row.reference);
    expect(references).toEqual([
      'AAAA-AAAA',
      'AAAA-AAAB',
      'AAAA-AAA9',
      'AAAA-AABA',
      'AAAA-ABAA',
      '9999-9999',
    ]);
    for (const reference of references) expect(bookingReferenceSchema.parse(reference)).toBe(reference);
  });
});
