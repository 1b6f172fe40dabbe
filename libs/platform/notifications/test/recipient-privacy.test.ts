import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { createManualClock, createRecordingLogger } from '@asiointi/platform-events/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createDevelopmentGateway,
  createNotificationSender,
  maskRecipient,
  scheduleNotification,
  type NotificationGateway,
} from '../src/index';
import { notificationsDatabase, notificationsSchema } from './fixture-database';
import { emailOfResident, phoneOfResident, reminder } from './sender-fixture';

const { notificationOutbox, notificationLog } = notificationsSchema;

describe('maskRecipient', () => {
  it('keeps too little to contact anyone', () => {
    expect(maskRecipient('sms', '+358 40 123 4567')).toBe('•••67');
    expect(maskRecipient('email', 'maija.meikalainen@example.fi')).toBe('m•••@example.fi');
    expect(maskRecipient('email', 'not-an-address')).toBe('•••');
  });
});

describeOnDatabases('recipients stay out of logs', ({ useDatabase }) => {
  const database = useDatabase(notificationsDatabase);

  beforeEach(async () => {
    await database().db.delete(notificationOutbox);
    await database().db.delete(notificationLog);
  });

  it('the development gateway writes the message to its table, and to the log only its template and masked recipient', async () => {
    const { db } = database();
    const clock = createManualClock();
    const logger = createRecordingLogger();
    const gateway = createDevelopmentGateway({ db, table: notificationLog, logger, clock: clock.now });
    const sender = createNotificationSender({
      db,
      table: notificationOutbox,
      gateway,
      resolveRecipient: async ({ channel }) => (channel === 'sms' ? phoneOfResident : emailOfResident),
      render: ({ channel }) => ({
        subject: channel === 'email' ? 'Muistutus' : undefined,
        text: 'Aikasi huomenna klo 9.00',
      }),
      clock: clock.now,
      logger,
    });
    const sms = await scheduleNotification(db, notificationOutbox, reminder({ sendAt: clock.now() }));
    const email = await scheduleNotification(
      db,
      notificationOutbox,
      reminder({ sendAt: clock.now(), channel: 'email' }),
    );

    expect(await sender.sendDue()).toMatchObject({ sent: 2 });

    const logged = await db.select().from(notificationLog);
    const byNotification = Object.fromEntries(logged.map((row) => [row.notificationId, row]));
    expect(byNotification[sms.id]).toMatchObject({
      channel: 'sms',
      recipientMasked: '•••67',
      text: 'Aikasi huomenna klo 9.00',
    });
    expect(byNotification[email.id]).toMatchObject({
      channel: 'email',
      recipientMasked: 'm•••@example.fi',
      subject: 'Muistutus',
    });
    const developmentEntries = logger.entries.filter((entry) =>
      entry.message.startsWith('development notification'),
    );
    expect(developmentEntries).toHaveLength(2);
    expect(developmentEntries.map((entry) => entry.details)).toEqual(
      expect.arrayContaining([
        { notificationId: sms.id, channel: 'sms', to: '•••67', templateKey: 'booking.reminder' },
        { notificationId: email.id, channel: 'email', to: 'm•••@example.fi', templateKey: 'booking.reminder' },
      ]),
    );
    // A message's text can hold a working cancel link: whoever reads the log must not be able to use it.
    expect(logger.text()).not.toContain('Aikasi');
    expect(logger.text()).not.toContain('Muistutus');

    const everything = `${logger.text()}\n${JSON.stringify(logged)}\n${JSON.stringify(await db.select().from(notificationOutbox))}`;
    expect(everything).not.toContain(phoneOfResident);
    expect(everything).not.toContain(emailOfResident);
  });

  it('masks a recipient that a failing provider quotes in its error', async () => {
    const { db } = database();
    const clock = createManualClock();
    const logger = createRecordingLogger();
    const quotingGateway: NotificationGateway = {
      async send({ to }) {
        throw new Error(`Recipient ${to} rejected by operator`);
      },
    };
    const sender = createNotificationSender({
      db,
      table: notificationOutbox,
      gateway: quotingGateway,
      resolveRecipient: async () => phoneOfResident,
      render: () => ({ text: 'Aikasi huomenna' }),
      clock: clock.now,
      maxAttempts: 2,
      logger,
    });
    await scheduleNotification(db, notificationOutbox, reminder({ sendAt: clock.now() }));

    expect(await sender.sendDue()).toMatchObject({ retried: 1 });
    clock.advance(24 * 60 * 60_000);
    expect(await sender.sendDue()).toMatchObject({ failed: 1 });

    const [row] = await db.select().from(notificationOutbox);
    expect(row?.lastError).toBe('Error: Recipient •••67 rejected by operator');
    expect(logger.entries.map((entry) => entry.level)).toEqual(['warn', 'error']);
    expect(logger.text()).toContain('•••67');
    expect(logger.text()).not.toContain(phoneOfResident);
  });
});
