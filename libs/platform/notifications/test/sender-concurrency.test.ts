import { createTestDatabase, type TestDatabase } from '@asiointi/platform-db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleNotification } from '../src/index';
import { notificationsDatabase, notificationsSchema } from './fixture-database';
import { createRecordingGateway, reminder, testSender } from './sender-fixture';

const { notificationOutbox } = notificationsSchema;
const notificationCount = 120;

// Row locks can only be seen on a real server: PGlite has a single connection.
describe.runIf(process.env.DATABASE_URL)('notification senders on PostgreSQL', () => {
  let database: TestDatabase<typeof notificationsDatabase.drizzleSchema>;
  beforeAll(async () => {
    database = await createTestDatabase({ ...notificationsDatabase, dialect: 'postgres' });
  }, 60_000);
  afterAll(() => database?.close());

  it('sends every notification exactly once when two senders run at the same time', async () => {
    const { db } = database;
    const sendAt = new Date();
    await db.transaction(async (tx) => {
      for (let index = 0; index < notificationCount; index += 1) {
        await scheduleNotification(tx, notificationOutbox, reminder({ sendAt }));
      }
    });
    // Each sender has its own gateway; a slow gateway keeps both senders busy at the same time.
    const senders = [1, 2].map(() => {
      const gateway = createRecordingGateway({ delayMs: () => 1 + Math.floor(Math.random() * 3) });
      const { sender } = testSender(db, { gateway, batchSize: 10 });
      return { sender, gateway };
    });

    await Promise.all(
      senders.map(async ({ sender }) => {
        for (let round = 0; round < 100; round += 1) {
          const { sent } = await sender.sendDue();
          if (sent === 0) return;
        }
      }),
    );

    const sentIds = senders.flatMap(({ gateway }) => gateway.sent.map((message) => message.notificationId));
    expect(sentIds).toHaveLength(notificationCount);
    expect(new Set(sentIds).size).toBe(notificationCount);
    expect(senders.every(({ gateway }) => gateway.sent.length > 0)).toBe(true);
    const rows = await db.select().from(notificationOutbox);
    expect(rows.filter((row) => row.status !== 'sent')).toEqual([]);
  }, 60_000);
});
