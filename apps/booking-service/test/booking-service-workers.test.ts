// The service's background workers on a real database: an event written to the outbox reaches the bus, a
// due reminder is rendered and "sent" by the development gateway to the number its resident entered, and
// close() stops both before the database closes (the second start finds everything recorded).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  bookingDatabaseDefinition,
  eventOutbox,
  notificationLog,
  notificationOutbox,
  openBookingDatabase,
  saveReminderContact,
} from '@asiointi/booking-data';
import { createInProcessBus, enqueueEvent, type EventEnvelope } from '@asiointi/platform-events';
import { scheduleNotification } from '@asiointi/platform-notifications';
import { describeOnDatabases, type TestDatabase } from '@asiointi/platform-db/testing';
import { expect, it } from 'vitest';
import { startModuleService, type ModuleServiceOptions } from '@asiointi/platform-service';
import { collectLogLines } from '@asiointi/platform-service/testing';
import { bookingService } from '../src/booking-service';

describeOnDatabases('booking service workers', (engine) => {
  it('relays the outbox to the bus, sends due reminders, and stops both on close', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'asiointi-booking-workers-'));
    let server: TestDatabase<Record<string, unknown>> | undefined;
    try {
      if (engine.dialect === 'postgres') server = await engine.createDatabase(bookingDatabaseDefinition);
      const storage: ModuleServiceOptions = server
        ? { databaseUrl: server.databaseUrl }
        : { dataDir: path.join(folder, 'booking') };
      const open = () => openBookingDatabase(storage);

      // Written before the service starts, as a committed booking transaction would have left them.
      const before = await open();
      const event = await enqueueEvent(before.db, eventOutbox, {
        type: 'booking.visit.completed',
        payload: { bookingId: 'b-1' },
      });
      await scheduleNotification(before.db, notificationOutbox, {
        channel: 'sms',
        recipientRef: 'person:a51d0000-0000-4000-8000-000000000001',
        templateKey: 'booking.reminder',
        templateParams: {
          startsAt: '2026-03-30T06:00:00.000Z',
          unitName: 'Tuiran hyvinvointikeskus',
          serviceName: null,
        },
        language: 'fi',
        sendAt: new Date(Date.now() - 60_000),
        dedupeKey: 'booking:b-1:reminder',
      });
      // The resident entered and confirmed their number in booking's preferences.
      await saveReminderContact(before.db, {
        subject: 'a51d0000-0000-4000-8000-000000000001',
        reminderPhone: '+358401234567',
        reminderEmail: null,
        updatedBySubject: 'a51d0000-0000-4000-8000-000000000001',
      });
      await before.close();

      const bus = createInProcessBus();
      const received: EventEnvelope[] = [];
      const delivered = new Promise<void>((resolve) => {
        void bus.subscribe({
          consumerName: 'test-consumer',
          types: ['booking.>'],
          handle: async (envelope) => {
            received.push(envelope);
            resolve();
          },
        });
      });
      const logs = collectLogLines();
      const service = await startModuleService(bookingService, {
        port: 0,
        logLevel: 'info',
        logDestination: logs.destination,
        seedDemoData: false,
        eventBus: bus,
        pollIntervalsMs: { outboxRelay: 100, notificationSender: 100 },
        ...storage,
      });
      await delivered;
      const sent = await logs.waitFor('development notification (not sent to a gateway)');
      await service.close();

      expect(received.map((envelope) => envelope.id)).toEqual([event.id]);
      expect(sent).toMatchObject({
        service: 'booking',
        worker: 'development-notifications',
        to: '•••67',
        templateKey: 'booking.reminder',
      });
      // The text (it may hold a cancel link) goes to the notification_log table only, never to the log.
      const reminderText = 'Muistutus ajanvarauksestasi: Tuiran hyvinvointikeskus, ma 30.3.2026 klo 9.00.';
      expect(logs.lines.map((line) => JSON.stringify(line)).join('\n')).not.toContain('Muistutus');
      // The bus was the caller's: still open after the service closed.
      await expect(bus.publish({ ...event, id: crypto.randomUUID() })).resolves.toBeUndefined();

      const after = await open();
      try {
        const [outboxRow] = await after.db.select().from(eventOutbox);
        expect(outboxRow?.publishedAt).toBeInstanceOf(Date);
        const [notification] = await after.db.select().from(notificationOutbox);
        expect(notification?.status).toBe('sent');
        const log = await after.db.select().from(notificationLog);
        // A sensitive service (no serviceName) is never named; the time is in Helsinki.
        expect(log.map((row) => [row.recipientMasked, row.text])).toEqual([['•••67', reminderText]]);
      } finally {
        await after.close();
      }
    } finally {
      await server?.close();
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
