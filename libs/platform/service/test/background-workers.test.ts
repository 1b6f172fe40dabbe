import { describe, expect, it } from 'vitest';
import type { BackgroundWorker } from '../src/index';
import { controllableDatabase } from './support/controllable-database';
import { startTestService } from './support/start-test-service';
import { createGate, createTestRouter } from './support/test-router';

/** A worker that records when it was stopped; its stop() does what `behaviour` says. */
function recordingWorker(
  name: string,
  events: string[],
  behaviour: 'stop' | 'fail' | 'hang' = 'stop',
): BackgroundWorker & { stopCalls: number } {
  const worker = {
    name,
    stopCalls: 0,
    async stop() {
      worker.stopCalls += 1;
      events.push(`${name} stopping`);
      if (behaviour === 'hang') await new Promise(() => {});
      if (behaviour === 'fail') throw new Error(`${name} could not stop`);
      events.push(`${name} stopped`);
    },
  };
  return worker;
}

/** A database stand-in that also writes its close into the shared event list. */
function orderedDatabase(events: string[]) {
  const database = controllableDatabase();
  const close = database.close.bind(database);
  database.close = async () => {
    events.push('database closed');
    await close();
  };
  return database;
}

describe('background workers', () => {
  it('are stopped after the request in flight has finished and before the database closes', async () => {
    const events: string[] = [];
    const gate = createGate();
    const relay = recordingWorker('relay', events);
    const sender = recordingWorker('sender', events);
    const { service } = await startTestService({
      router: createTestRouter(gate),
      workers: [relay, sender],
      database: orderedDatabase(events),
    });
    const inFlight = fetch(`${service.url}/trpc/slow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload: 'x' }),
    }).then((response) => response.status);
    await gate.reached;

    const closed = service.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The request still runs: nothing is stopped yet.
    expect(events).toEqual([]);
    events.push('request released');
    gate.open();
    expect(await inFlight).toBe(200);
    await closed;

    expect(events[0]).toBe('request released');
    expect(events.slice(-1)).toEqual(['database closed']);
    expect(events).toEqual(expect.arrayContaining(['relay stopped', 'sender stopped']));
    await service.close();
    expect(relay.stopCalls).toBe(1);
  });

  it('are stopped before the database closes when the service fails to start', async () => {
    const { service: occupant } = await startTestService();
    const events: string[] = [];
    try {
      await expect(
        startTestService({
          config: { port: occupant.port },
          workers: [recordingWorker('relay', events)],
          database: orderedDatabase(events),
        }),
      ).rejects.toThrow(/EADDRINUSE|address already in use/);
      expect(events).toEqual(['relay stopping', 'relay stopped', 'database closed']);
    } finally {
      await occupant.close();
    }
  });

  it('still closes the database when a worker fails to stop or hangs, and says which', async () => {
    const events: string[] = [];
    const { service, logs, database } = await startTestService({
      shutdownTimeoutMs: 300,
      workers: [recordingWorker('broken', events, 'fail'), recordingWorker('stuck', events, 'hang')],
      database: orderedDatabase(events),
    });
    const started = Date.now();
    await service.close();

    expect(Date.now() - started).toBeLessThan(3_000);
    expect(database.state.closed).toBe(true);
    expect(events.at(-1)).toBe('database closed');
    const failed = logs.lines.find((line) => line.msg === 'stopping a background worker failed');
    expect(failed).toMatchObject({ worker: 'broken', level: 'error' });
    const late = logs.lines.find(
      (line) => line.msg === 'background workers still running at the shutdown deadline',
    );
    expect(late).toMatchObject({ workers: ['stuck'] });
  });
});
