import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { createRecordingLogger } from '@asiointi/platform-events/testing';
import { eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import {
  cancelNotifications,
  PermanentDeliveryError,
  replaceNotification,
  scheduleNotification,
  startNotificationSender,
} from '../src/index';
import { notificationsDatabase, notificationsSchema } from './fixture-database';
import { createRecordingGateway, phoneOfResident, reminder, testSender } from './sender-fixture';

const { notificationOutbox } = notificationsSchema;
const minute = 60_000;

describeOnDatabases('notification sender', ({ useDatabase }) => {
  const database = useDatabase(notificationsDatabase);
  const rowOf = async (id: string) =>
    (await database().db.select().from(notificationOutbox).where(eq(notificationOutbox.id, id)))[0]!;

  beforeEach(async () => {
    await database().db.delete(notificationOutbox);
  });

  it('sends a notification at its send time, not before, and only once', async () => {
    const { db } = database();
    const { sender, clock, gateway } = testSender(db);
    const sendAt = new Date(clock.now().getTime() + 30 * minute);
    const { id } = await scheduleNotification(db, notificationOutbox, reminder({ sendAt }));

    clock.advance(30 * minute - 1);
    expect(await sender.sendDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock.advance(1);
    expect(await sender.sendDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await sender.sendDue()).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(gateway.sent).toEqual([
      {
        channel: 'sms',
        to: phoneOfResident,
        subject: 'Muistutus',
        text: '[fi] booking.reminder 2026-03-30T09:00:00+03:00 Kontulan terveysasema',
        templateKey: 'booking.reminder',
        notificationId: id,
      },
    ]);
    const row = await rowOf(id);
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      providerMessageId: 'provider-1',
      lastError: null,
    });
    expect(row.sentAt?.getTime()).toBe(sendAt.getTime());
  });

  it('never sends a notification cancelled before its time', async () => {
    const { db } = database();
    const { sender, clock, gateway } = testSender(db);
    const { id } = await scheduleNotification(
      db,
      notificationOutbox,
      reminder({ sendAt: new Date(clock.now().getTime() + minute), dedupeKey: 'booking:20:reminder' }),
    );
    await db.transaction((tx) =>
      cancelNotifications(tx, notificationOutbox, { dedupeKeyPrefix: 'booking:20:' }, 'booking-cancelled'),
    );

    clock.advance(24 * 60 * minute);
    expect(await sender.sendDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(gateway.sent).toEqual([]);
    expect((await rowOf(id)).status).toBe('cancelled');
  });

  it('sends only the replacement of a replaced notification', async () => {
    const { db } = database();
    const { sender, clock, gateway } = testSender(db);
    const at = (minutes: number) => new Date(clock.now().getTime() + minutes * minute);
    await scheduleNotification(
      db,
      notificationOutbox,
      reminder({
        sendAt: at(10),
        dedupeKey: 'booking:21:reminder',
        templateParams: { startsAt: 'old time' },
      }),
    );
    const { id } = await replaceNotification(
      db,
      notificationOutbox,
      reminder({
        sendAt: at(20),
        dedupeKey: 'booking:21:reminder',
        templateParams: { startsAt: 'new time' },
      }),
      'rescheduled',
    );

    clock.advance(60 * minute);
    expect(await sender.sendDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(gateway.sent.map((message) => [message.notificationId, message.text])).toEqual([
      [id, '[fi] booking.reminder new time undefined'],
    ]);
  });

  it('retries a failed send with exponential backoff, then gives up', async () => {
    const { db } = database();
    const { sender, clock, gateway, logger } = testSender(db);
    const { id } = await scheduleNotification(db, notificationOutbox, reminder({ sendAt: clock.now() }));
    gateway.script.push(
      new Error('503 from SMS provider'),
      new Error('503 from SMS provider'),
      new Error('503 from SMS provider'),
    );

    expect(await sender.sendDue()).toMatchObject({ retried: 1 });
    expect(await rowOf(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'Error: 503 from SMS provider',
    });
    expect((await rowOf(id)).nextAttemptAt.getTime()).toBe(clock.now().getTime() + minute);

    clock.advance(minute - 1);
    expect(await sender.sendDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock.advance(1);
    expect(await sender.sendDue()).toMatchObject({ retried: 1 });
    expect((await rowOf(id)).nextAttemptAt.getTime()).toBe(clock.now().getTime() + 2 * minute);

    clock.advance(2 * minute);
    expect(await sender.sendDue()).toMatchObject({ failed: 1 });
    expect(await rowOf(id)).toMatchObject({ status: 'failed', attempts: 3 });
    clock.advance(24 * 60 * minute);
    expect(await sender.sendDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(gateway.sent).toEqual([]);
    expect(logger.entries.map((entry) => entry.level)).toEqual(['warn', 'warn', 'error']);
  });

  it('sends once after a failure that went away', async () => {
    const { db } = database();
    const { sender, clock, gateway } = testSender(db);
    const { id } = await scheduleNotification(db, notificationOutbox, reminder({ sendAt: clock.now() }));
    gateway.script.push(new Error('timeout'));

    await sender.sendDue();
    clock.advance(minute);
    expect(await sender.sendDue()).toMatchObject({ sent: 1 });
    expect(gateway.sent.map((message) => message.notificationId)).toEqual([id]);
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('spreads retries with jitter between half and all of the backoff delay', async () => {
    const { db } = database();
    const { sender, clock, gateway } = testSender(db, { random: () => 0 });
    const { id } = await scheduleNotification(db, notificationOutbox, reminder({ sendAt: clock.now() }));
    gateway.script.push(new Error('timeout'));
    await sender.sendDue();
    expect((await rowOf(id)).nextAttemptAt.getTime()).toBe(clock.now().getTime() + minute / 2);
  });

  it('fails at once on a permanent error or a recipient without an address', async () => {
    const { db } = database();
    const { sender, clock, gateway } = testSender(db, {
      resolveRecipient: async ({ recipientRef }) =>
        recipientRef === 'person:no-phone' ? null : phoneOfResident,
    });
    const refused = await scheduleNotification(db, notificationOutbox, reminder({ sendAt: clock.now() }));
    const unreachable = await scheduleNotification(
      db,
      notificationOutbox,
      reminder({ sendAt: clock.now(), recipientRef: 'person:no-phone' }),
    );
    gateway.script.push(new PermanentDeliveryError('number not in service'));

    expect(await sender.sendDue()).toEqual({ sent: 0, retried: 0, failed: 2 });
    expect(await rowOf(refused.id)).toMatchObject({
      status: 'failed',
      lastError: 'PermanentDeliveryError: number not in service',
    });
    expect(await rowOf(unreachable.id)).toMatchObject({
      status: 'failed',
      lastError: 'PermanentDeliveryError: no address for the recipient',
    });
  });

  it('fails, never resends, a notification a stopped sender left in sending', async () => {
    const { db } = database();
    const { sender, clock, gateway } = testSender(db, { interruptedAfterMs: 10 * minute });
    const { id } = await scheduleNotification(db, notificationOutbox, reminder({ sendAt: clock.now() }));
    await db
      .update(notificationOutbox)
      .set({ status: 'sending', claimedAt: clock.now(), attempts: 1 })
      .where(eq(notificationOutbox.id, id));

    clock.advance(10 * minute - 1);
    await sender.sendDue();
    expect((await rowOf(id)).status).toBe('sending');
    clock.advance(2);
    await sender.sendDue();
    expect(await rowOf(id)).toMatchObject({ status: 'failed' });
    expect(gateway.sent).toEqual([]);
  });

  it('uses a stored address and erases it once the notification is sent', async () => {
    const { db } = database();
    const { sender, clock, gateway } = testSender(db);
    const { id } = await scheduleNotification(
      db,
      notificationOutbox,
      reminder({ sendAt: clock.now(), channel: 'email', recipientAddress: 'anonymous.parent@example.fi' }),
    );
    expect((await rowOf(id)).recipientAddress).toBe('anonymous.parent@example.fi');

    await sender.sendDue();
    expect(gateway.sent[0]?.to).toBe('anonymous.parent@example.fi');
    expect(await rowOf(id)).toMatchObject({ status: 'sent', recipientAddress: null });
  });

  it('sends in the background and stop() waits for the send in progress', async () => {
    const { db } = database();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => {};
    const sending = new Promise<void>((resolve) => (started = resolve));
    const gateway = createRecordingGateway();
    const { id } = await scheduleNotification(db, notificationOutbox, reminder({ sendAt: new Date() }));
    const sender = startNotificationSender({
      db,
      table: notificationOutbox,
      gateway: {
        async send(message) {
          started();
          await gate;
          return gateway.send(message);
        },
      },
      resolveRecipient: async () => phoneOfResident,
      render: () => ({ text: 'Muistutus' }),
      pollIntervalMs: 60 * minute,
      logger: createRecordingLogger(),
    });

    await sending;
    let stopped = false;
    const stopping = sender.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect((await rowOf(id)).status).toBe('sent');
  });
});
