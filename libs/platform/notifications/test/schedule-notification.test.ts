import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq, like } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { cancelNotifications, replaceNotification, scheduleNotification } from '../src/index';
import { notificationsDatabase, notificationsSchema } from './fixture-database';
import { reminder } from './sender-fixture';

const { notificationOutbox } = notificationsSchema;

class Rollback extends Error {}

describeOnDatabases('scheduling notifications', ({ useDatabase }) => {
  const database = useDatabase(notificationsDatabase);
  const rowsWithKey = (dedupeKey: string) =>
    database().db.select().from(notificationOutbox).where(eq(notificationOutbox.dedupeKey, dedupeKey));

  beforeEach(async () => {
    await database().db.delete(notificationOutbox);
  });

  it('schedules a pending notification due at its send time', async () => {
    const { db } = database();
    const sendAt = new Date('2026-10-24T06:00:00Z');
    const result = await scheduleNotification(
      db,
      notificationOutbox,
      reminder({ sendAt, dedupeKey: 'booking:1:reminder' }),
    );

    expect(result.scheduled).toBe(true);
    const [row] = await rowsWithKey('booking:1:reminder');
    expect(row).toMatchObject({ id: result.id, status: 'pending', attempts: 0, recipientAddress: null });
    expect(row!.sendAt.toISOString()).toBe('2026-10-24T06:00:00.000Z');
    expect(row!.nextAttemptAt.toISOString()).toBe('2026-10-24T06:00:00.000Z');
  });

  it('never holds two pending notifications with the same dedupe key', async () => {
    const { db } = database();
    const first = await scheduleNotification(
      db,
      notificationOutbox,
      reminder({ dedupeKey: 'booking:2:reminder' }),
    );
    const second = await scheduleNotification(
      db,
      notificationOutbox,
      reminder({ dedupeKey: 'booking:2:reminder' }),
    );

    expect(second).toEqual({ id: first.id, scheduled: false });
    expect(await rowsWithKey('booking:2:reminder')).toHaveLength(1);
  });

  it('rolls back with the business transaction', async () => {
    const { db } = database();
    await expect(
      db.transaction(async (tx) => {
        await scheduleNotification(tx, notificationOutbox, reminder({ dedupeKey: 'booking:3:reminder' }));
        throw new Rollback('the booking failed');
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await rowsWithKey('booking:3:reminder')).toEqual([]);
  });

  it('refuses free text and unknown values, writing nothing', async () => {
    const { db } = database();
    const refused = [
      reminder({ templateParams: { message: 'x'.repeat(301) } }),
      reminder({ templateParams: { nested: { a: 1 } as never } }),
      reminder({ templateKey: 'Booking reminder' }),
      reminder({ channel: 'fax' as never }),
      reminder({ language: 'de' as never }),
      reminder({ sendAt: 'tomorrow' as never }),
    ];
    for (const notification of refused) {
      await expect(scheduleNotification(db, notificationOutbox, notification)).rejects.toThrow();
    }
    expect(await db.$count(notificationOutbox)).toBe(0);
  });

  it('cancels the pending notifications with a key or a key prefix', async () => {
    const { db } = database();
    for (const dedupeKey of [
      'booking:4:reminder',
      'booking:4:confirmation',
      'booking:41:reminder',
      'booking:5:reminder',
    ]) {
      await scheduleNotification(db, notificationOutbox, reminder({ dedupeKey }));
    }

    expect(
      await cancelNotifications(
        db,
        notificationOutbox,
        { dedupeKeyPrefix: 'booking:4:' },
        'booking-cancelled',
      ),
    ).toBe(2);
    expect(
      await cancelNotifications(
        db,
        notificationOutbox,
        { dedupeKey: 'booking:5:reminder' },
        'booking-cancelled',
      ),
    ).toBe(1);
    expect(
      await cancelNotifications(
        db,
        notificationOutbox,
        { dedupeKey: 'booking:5:reminder' },
        'booking-cancelled',
      ),
    ).toBe(0);

    const rows = await db
      .select()
      .from(notificationOutbox)
      .where(like(notificationOutbox.dedupeKey, 'booking:%'));
    const statusOf = Object.fromEntries(
      rows.map((row) => [row.dedupeKey, [row.status, row.cancelledReason]]),
    );
    expect(statusOf).toEqual({
      'booking:4:reminder': ['cancelled', 'booking-cancelled'],
      'booking:4:confirmation': ['cancelled', 'booking-cancelled'],
      'booking:41:reminder': ['pending', null],
      'booking:5:reminder': ['cancelled', 'booking-cancelled'],
    });
  });

  it('reads a prefix literally, not as a LIKE pattern', async () => {
    const { db } = database();
    await scheduleNotification(db, notificationOutbox, reminder({ dedupeKey: 'booking:7:reminder' }));
    expect(await cancelNotifications(db, notificationOutbox, { dedupeKeyPrefix: 'booking:_:' }, 'test')).toBe(
      0,
    );
    expect(await cancelNotifications(db, notificationOutbox, { dedupeKeyPrefix: '%' }, 'test')).toBe(0);
    await expect(
      cancelNotifications(db, notificationOutbox, { dedupeKeyPrefix: '' }, 'test'),
    ).rejects.toThrow();
    await expect(
      cancelNotifications(db, notificationOutbox, { dedupeKey: 'booking:7:reminder' }, 'The resident called'),
    ).rejects.toThrow();
    expect((await rowsWithKey('booking:7:reminder'))[0]?.status).toBe('pending');
  });

  it('replaces the pending notification with a key by a new one', async () => {
    const { db } = database();
    const old = await scheduleNotification(
      db,
      notificationOutbox,
      reminder({ dedupeKey: 'booking:8:reminder' }),
    );
    const sendAt = new Date('2026-11-02T07:00:00Z');
    const replaced = await db.transaction((tx) =>
      replaceNotification(
        tx,
        notificationOutbox,
        reminder({ dedupeKey: 'booking:8:reminder', sendAt }),
        'rescheduled',
      ),
    );

    expect(replaced).toMatchObject({ cancelled: 1, scheduled: true });
    expect(replaced.id).not.toBe(old.id);
    const rows = await rowsWithKey('booking:8:reminder');
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId[old.id]).toMatchObject({ status: 'cancelled', cancelledReason: 'rescheduled' });
    expect(byId[replaced.id]).toMatchObject({ status: 'pending', sendAt });
  });

  it('schedules the replacement when the old notification has already been sent', async () => {
    const { db } = database();
    const old = await scheduleNotification(
      db,
      notificationOutbox,
      reminder({ dedupeKey: 'booking:9:reminder' }),
    );
    await db.update(notificationOutbox).set({ status: 'sent' }).where(eq(notificationOutbox.id, old.id));

    const replaced = await replaceNotification(
      db,
      notificationOutbox,
      reminder({ dedupeKey: 'booking:9:reminder' }),
      'rescheduled',
    );
    expect(replaced).toMatchObject({ cancelled: 0, scheduled: true });
  });
});
