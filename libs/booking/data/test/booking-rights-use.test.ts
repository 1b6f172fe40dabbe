// Using booking rights: one conditional UPDATE per use, so the rules (valid on the day, uses left, the
// same service, bound to the first person) hold even when bookings race for the last use.
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import {
  bookingDatabaseDefinition,
  bookingRights,
  demoUnitIds,
  hashBookingRightCode,
  returnBookingRightUse,
  seedBookingDemoData,
  useBookingRightByCode,
  useGrantedBookingRight,
} from '../src/index';

describeOnDatabases('booking rights use', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  beforeAll(async () => {
    await seedBookingDemoData(database().db);
  });

  const terms = {
    serviceCode: 'vaccination',
    unitId: demoUnitIds.kaijonharju,
    validFrom: '2027-01-01',
    validUntil: '2027-06-30',
    grantedBySubject: 'test',
  };
  const use = { serviceCode: 'vaccination', onDate: '2027-03-01' };

  it('binds an invitation code to its first user and uses it up', async () => {
    const codeHash = hashBookingRightCode('RIGHT-USE-0001');
    const [right] = await database()
      .db.insert(bookingRights)
      .values({ ...terms, source: 'invitation', codeHash, usesAllowed: 2 })
      .returning();
    const db = database().db;
    expect(await useBookingRightByCode(db, { ...use, codeHash, personSubject: 'first' })).toMatchObject({
      id: right!.id,
    });
    // Bound now: nobody else may use it, the first person may.
    expect(await useBookingRightByCode(db, { ...use, codeHash, personSubject: 'second' })).toBeUndefined();
    // Not on a day outside its validity, nor for another service.
    expect(
      await useBookingRightByCode(db, { ...use, onDate: '2027-07-01', codeHash, personSubject: 'first' }),
    ).toBeUndefined();
    expect(
      await useBookingRightByCode(db, { ...use, serviceCode: 'other', codeHash, personSubject: 'first' }),
    ).toBeUndefined();
    expect(await useBookingRightByCode(db, { ...use, codeHash, personSubject: 'first' })).toBeDefined();
    // Used up.
    expect(await useBookingRightByCode(db, { ...use, codeHash, personSubject: 'first' })).toBeUndefined();
    const [after] = await db.select().from(bookingRights).where(eq(bookingRights.id, right!.id));
    expect(after).toMatchObject({ usesCount: 2, personSubject: 'first' });
  });

  it('uses a granted right that runs out first, gives uses back, and never lets two take the last one', async () => {
    const db = database().db;
    const assessedAt = new Date('2027-02-01T08:00:00Z');
    const [later, sooner] = await db
      .insert(bookingRights)
      .values([
        { ...terms, source: 'assessment', personSubject: 'granted', usesAllowed: 1 },
        {
          ...terms,
          validUntil: '2027-03-31',
          source: 'assessment',
          personSubject: 'granted',
          usesAllowed: 1,
          needAssessedAt: assessedAt,
        },
      ])
      .returning();
    expect(await useGrantedBookingRight(db, { ...use, personSubject: 'granted' })).toEqual({
      id: sooner!.id,
      needAssessedAt: assessedAt,
    });
    await returnBookingRightUse(db, sooner!.id);
    await returnBookingRightUse(db, sooner!.id);
    const [returned] = await db.select().from(bookingRights).where(eq(bookingRights.id, sooner!.id));
    expect(returned?.usesCount).toBe(0);
    // Three bookings race for the two uses left.
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        db.transaction((tx) => useGrantedBookingRight(tx, { ...use, personSubject: 'granted' })),
      ),
    );
    expect(
      results
        .filter(Boolean)
        .map((used) => used!.id)
        .sort(),
    ).toEqual([later!.id, sooner!.id].sort());
    expect(await useGrantedBookingRight(db, { ...use, personSubject: 'nobody' })).toBeUndefined();
  });
});
