// A module's consumers: startModuleService subscribes them on the service's bus, applies each event id at
// most once with the module's processed_events table (the handler's writes and the id commit together),
// hands the handler the platform's parts, and stops them on close before the database closes. The same
// on JetStream when NATS_URL is set (skipped otherwise, as the bus's own tests are).
import { randomBytes, randomUUID } from 'node:crypto';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import {
  createInProcessBus,
  createJetStreamBus,
  type EventBus,
  type EventEnvelope,
} from '@asiointi/platform-events';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { startModuleService, type ModuleEventConsumer, type ModuleServiceDefinition } from '../src/index';
import * as tables from './fixtures/module/schema';
import { moduleDatabase, testModule, type ModuleTables } from './fixtures/module/test-module';

const natsUrl = process.env.NATS_URL;

function event(type: string, name: string): EventEnvelope {
  return {
    id: randomUUID(),
    type,
    source: 'elsewhere',
    occurredAt: new Date().toISOString(),
    payload: { name },
  };
}

/** Adds a topic named by the event; "fail" makes it throw after writing (the write must roll back). */
function topicConsumer(seen: string[]): ModuleEventConsumer<ModuleTables> {
  return {
    name: 'module-test-topics',
    types: ['elsewhere.topic.*'],
    async handle(tx, envelope, parts) {
      seen.push(parts.portalUrl);
      const name = String(envelope.payload.name);
      await tx.insert(tables.topics).values({ name });
      if (name === 'fail') throw new Error('handler failed');
    },
  };
}

function moduleWith(
  consumer: ModuleEventConsumer<ModuleTables>,
): ModuleServiceDefinition<ModuleTables, typeof testModule.router> {
  return {
    ...testModule,
    seedDemoData: undefined,
    consumers: { processedEvents: tables.processedEvents, consumers: [consumer] },
  };
}

async function eventually(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describeOnDatabases('a module service’s event consumers', (engine) => {
  const database = engine.useDatabase(moduleDatabase);
  const topicNames = async () =>
    (await database().db.select({ name: tables.topics.name }).from(tables.topics))
      .map((row) => row.name)
      .sort();

  it('applies an event once however often it comes, rolls back a failed one and stops on close', async () => {
    await database().db.delete(tables.topics);
    const bus = createInProcessBus();
    const seen: string[] = [];
    const service = await startModuleService(moduleWith(topicConsumer(seen)), {
      port: 0,
      logLevel: 'silent',
      eventBus: bus,
      database: database(),
      portalUrl: 'https://portal.example/',
    });
    const added = event('elsewhere.topic.added', 'Neuvola');
    try {
      await bus.publish(added);
      await bus.publish(added);
      // Another type than the consumer asked for never reaches it.
      await bus.publish(event('elsewhere.other.added', 'Muu'));
      expect(await topicNames()).toEqual(['Neuvola']);
      expect(seen).toEqual(['https://portal.example']);

      // A failing handler: the bus hears of it (the relay will publish again) and nothing it wrote stays.
      const failing = event('elsewhere.topic.added', 'fail');
      await expect(bus.publish(failing)).rejects.toThrow(/module-test-topics/);
      expect(await topicNames()).toEqual(['Neuvola']);
      const processed = await database()
        .db.select()
        .from(tables.processedEvents)
        .where(eq(tables.processedEvents.eventId, failing.id));
      expect(processed).toEqual([]);
    } finally {
      await service.close();
    }
    // Closed: the consumer is no longer subscribed, so the bus delivers to nobody.
    await bus.publish(event('elsewhere.topic.added', 'Kotipalvelu'));
    expect(await topicNames()).toEqual(['Neuvola']);
    await bus.close();
  }, 60_000);

  it('refuses two consumers with one name', async () => {
    const consumer = topicConsumer([]);
    const start = startModuleService(
      {
        ...moduleWith(consumer),
        consumers: { processedEvents: tables.processedEvents, consumers: [consumer, consumer] },
      },
      { port: 0, logLevel: 'silent', database: database() },
    );
    await expect(start).rejects.toThrow(/Two consumers are named "module-test-topics"/);
  }, 60_000);

  describe.skipIf(!natsUrl)('on JetStream', () => {
    it('consumes through a durable consumer, recording the event id with its writes', async () => {
      await database().db.delete(tables.topics);
      const stream = `CONSUMERS_${randomBytes(4).toString('hex').toUpperCase()}`;
      const subjectPrefix = `t${randomBytes(4).toString('hex')}`;
      const newBus = (): Promise<EventBus> =>
        createJetStreamBus({ servers: natsUrl!, stream, subjectPrefix, maxAgeMs: 10 * 60_000 });
      const bus = await newBus();
      const publisher = await newBus();
      const service = await startModuleService(moduleWith(topicConsumer([])), {
        port: 0,
        logLevel: 'silent',
        eventBus: bus,
        closeEventBus: true,
        database: database(),
      });
      try {
        const added = event('elsewhere.topic.added', 'Perhekeskus');
        await publisher.publish(added);
        await eventually(async () => (await topicNames()).includes('Perhekeskus'));
        const processed = await database()
          .db.select()
          .from(tables.processedEvents)
          .where(eq(tables.processedEvents.eventId, added.id));
        expect(processed).toMatchObject([{ consumerName: 'module-test-topics' }]);
      } finally {
        await service.close();
        await publisher.close();
        const admin = await connect({ servers: natsUrl });
        await (await jetstreamManager(admin)).streams.delete(stream).catch(() => false);
        await admin.close();
      }
    }, 60_000);
  });
});
