import { randomUUID } from 'node:crypto';
import type { SqlExecutor } from '@asiointi/platform-events';
import { createManualClock, createRecordingLogger } from '@asiointi/platform-events/testing';
import {
  createNotificationSender,
  type NewNotification,
  type NotificationGateway,
  type NotificationSenderOptions,
  type OutgoingMessage,
} from '../src/index';
import { notificationsSchema } from './fixture-database';

const { notificationOutbox } = notificationsSchema;

/** The test residents' addresses, found by reference at send time as a real resolver would. */
export const phoneOfResident = '+358401234567';
export const emailOfResident = 'maija.meikalainen@example.fi';

export interface RecordingGateway extends NotificationGateway {
  sent: OutgoingMessage[];
  /** Each entry answers one send: an error to throw, or undefined to succeed. */
  script: (Error | undefined)[];
}

export function createRecordingGateway(options: { delayMs?: () => number } = {}): RecordingGateway {
  const sent: OutgoingMessage[] = [];
  const script: (Error | undefined)[] = [];
  return {
    sent,
    script,
    async send(message) {
      const delay = options.delayMs?.() ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      const failure = script.shift();
      if (failure) throw failure;
      sent.push(message);
      return { providerMessageId: `provider-${sent.length}` };
    },
  };
}

export function reminder(overrides: Partial<NewNotification> = {}): NewNotification {
  return {
    channel: 'sms',
    recipientRef: 'person:resident-1',
    templateKey: 'booking.reminder',
    templateParams: { startsAt: '2026-03-30T09:00:00+03:00', unit: 'Kontulan terveysasema' },
    language: 'fi',
    sendAt: new Date(),
    dedupeKey: `booking:${randomUUID()}:reminder`,
    ...overrides,
  };
}

export function testSender(db: SqlExecutor, overrides: Partial<NotificationSenderOptions> = {}) {
  const clock = createManualClock();
  const gateway = createRecordingGateway();
  const logger = createRecordingLogger();
  const sender = createNotificationSender({
    db,
    table: notificationOutbox,
    gateway,
    async resolveRecipient({ channel, recipientAddress }) {
      return recipientAddress ?? (channel === 'sms' ? phoneOfResident : emailOfResident);
    },
    render: ({ templateKey, templateParams, language }) => ({
      subject: 'Muistutus',
      text: `[${language}] ${templateKey} ${String(templateParams.startsAt)} ${String(templateParams.unit)}`,
    }),
    clock: clock.now,
    retry: { baseMs: 60_000, maxMs: 60 * 60_000 },
    maxAttempts: 3,
    // No spread: retries land exactly on the backoff delay.
    random: () => 1,
    logger,
    ...overrides,
  });
  return { sender, clock, gateway, logger };
}
