// startModuleService on a real database: the module's migrations run, its demo data is seeded once, its
// procedures answer over HTTP, its outbox reaches the bus, a due notification is rendered and recorded by
// the development gateway, and close() stops the workers before the database closes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@asiointi/platform-db';
import { describeOnDatabases, type TestDatabase } from '@asiointi/platform-db/testing';
import { createInProcessBus, enqueueEvent, type EventEnvelope } from '@asiointi/platform-events';
import { scheduleNotification } from '@asiointi/platform-notifications';
import { describe, expect, it } from 'vitest';
import { ServiceConfigError, startModuleService, type ModuleServiceOptions } from '../src/index';
import { callProcedure, collectLogLines } from '../src/testing';
import { moduleDatabase, moduleWithoutAudit, testModule } from './fixtures/module/test-module';
import * as tables from './fixtures/module/schema';

describe('startModuleService', () => {
  it('refuses a module whose router leaves out the audit router', async () => {
    await expect(startModuleService(moduleWithoutAudit, { port: 0, logLevel: 'silent' })).rejects.toThrow(
      ServiceConfigError,
    );
  }, 60_000);

  it('refuses to start without a gateway where the development one may not stand in', async () => {
    const start = startModuleService(testModule, { port: 0, logLevel: 'silent', developmentNotifications: false });
    await expect(start).rejects.toThrow(ServiceConfigError);
    await expect(start).rejects.toThrow(/no SMS or e-mail gateway is configured/);
  }, 60_000);

  it('gives the module a link sealer only when it declares links', async () => {
    const plain = await startModuleService(testModule, { port: 0, logLevel: 'silent' });
    const sealing = await startModuleService(
      { ...testModule, linkTokens: { purpose: 'test-links' } },
      { port: 0, logLevel: 'silent', linkTokenSecret: 's'.repeat(40) },
    );
    try {
      expect((await callProcedure(plain.url, 'topics.canSealLinks')).data).toBe(false);
      expect((await callProcedure(sealing.url, 'topics.canSealLinks')).data).toBe(true);
    } finally {
      await plain.close();
      await sealing.close();
    }
    // Two in-memory PostgreSQL instances start here.
  }, 60_000);

  it('starts the module’s own workers with the service’s logger, and stops them on close', async () => {
    const logs = collectLogLines();
    const stopped: string[] = [];
    const service = await startModuleService(
      {
        ...testModule,
        workers: ({ logger }) => {
          logger.child({ worker: 'tally' }).info({ topics: 2 }, 'tally started');
          return [{ name: 'tally', stop: async () => void stopped.push('tally') }];
        },
      },
      { port: 0, logDestination: logs.destination },
    );
    try {
      expect(await logs.waitFor('tally started')).toMatchObject({
        service: 'module-test',
        worker: 'tally',
        topics: 2,
      });
      expect(stopped).toEqual([]);
    } finally {
      await service.close();
    }
    expect(stopped).toEqual(['tally']);
  }, 60_000);
});

describeOnDatabases('a module service on its own database', (engine) => {
  it('migrates, seeds once, serves, relays events, sends notifications and closes in order', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'asiointi-module-service-'));
    let server: TestDatabase<Record<string, unknown>> | undefined;
    try {
      if (engine.dialect === 'postgres') server = await engine.createDatabase(moduleDatabase);
      const storage: ModuleServiceOptions = server
        ? { databaseUrl: server.databaseUrl }
        : { dataDir: folder };
      const open = () => openDatabase({ ...moduleDatabase, ...storage });

      // What a committed transaction of the module would have left behind before this start.
      const before = await open();
      const event = await enqueueEvent(before.db, tables.eventOutbox, {
        type: 'module-test.topic.added',
        payload: {},
      });
      await scheduleNotification(before.db, tables.notificationOutbox, {
        channel: 'email',
        recipientRef: 'person:a51d0000-0000-4000-8000-000000000001',
        templateKey: 'module-test.greeting',
        templateParams: { topic: 'Neuvola' },
        language: 'sv',
        sendAt: new Date(Date.now() - 60_000),
        dedupeKey: 'module-test:greeting',
      });
      await before.close();

      const bus = createInProcessBus();
      const received: EventEnvelope[] = [];
      const delivered = new Promise<void>((resolve) => {
        void bus.subscribe({
          consumerName: 'test-consumer',
          types: ['module-test.>'],
          handle: async (envelope) => {
            received.push(envelope);
            resolve();
          },
        });
      });
      const logs = collectLogLines();
      const options: ModuleServiceOptions = {
        port: 0,
        logDestination: logs.destination,
        eventBus: bus,
        pollIntervalsMs: { outboxRelay: 100, notificationSender: 100 },
        ...storage,
      };
      const first = await startModuleService(testModule, options);
      await delivered;
      const sent = await logs.waitFor('development notification (not sent to a gateway)');
      expect((await callProcedure(first.url, 'topics.list')).data).toEqual(['Kotipalvelu', 'Neuvola']);
      expect((await callProcedure(first.url, 'audit.myDataEvents')).code).toBe('UNAUTHENTICATED');
      await first.close();

      expect(received.map((envelope) => envelope.id)).toEqual([event.id]);
      // The message was rendered and recorded; the log names its template, never its text.
      expect(sent).toMatchObject({ service: 'module-test', templateKey: 'module-test.greeting' });
      expect(logs.lines.map((line) => JSON.stringify(line)).join('\n')).not.toContain('Hello (sv)');

      // A second start keeps the data and does not seed twice; the caller's bus is still open.
      const second = await startModuleService(testModule, {
        ...options,
        logDestination: undefined,
        logLevel: 'silent',
      });
      expect((await callProcedure(second.url, 'topics.list')).data).toEqual(['Kotipalvelu', 'Neuvola']);
      await second.close();
      await expect(bus.publish({ ...event, id: crypto.randomUUID() })).resolves.toBeUndefined();

      const after = await open();
      try {
        const [outboxRow] = await after.db.select().from(tables.eventOutbox);
        expect(outboxRow?.publishedAt).toBeInstanceOf(Date);
        const [notification] = await after.db.select().from(tables.notificationOutbox);
        expect(notification?.status).toBe('sent');
      } finally {
        await after.close();
      }
    } finally {
      await server?.close();
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
