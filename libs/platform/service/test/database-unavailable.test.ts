// A service whose PostgreSQL is down answers at once with a typed 503 (DATABASE_UNAVAILABLE) in the
// standard envelope, not with a 500 after the driver's long wait. PGlite runs in process and cannot go
// down, so this runs where a PostgreSQL server is given (DATABASE_URL).
import { createScratchDatabase, type ScratchDatabase } from '@asiointi/platform-db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startModuleService, type RunningService } from '../src/index';
import { callProcedure } from '../src/testing';
import { testModule } from './fixtures/module/test-module';
import { startSwitchableTcpProxy, type SwitchableTcpProxy } from './support/switchable-tcp-proxy';

const serverUrl = process.env.DATABASE_URL;

describe.runIf(serverUrl)('a service whose database goes down [postgres]', () => {
  let scratch: ScratchDatabase;
  let proxy: SwitchableTcpProxy;
  let service: RunningService;

  beforeEach(async () => {
    scratch = await createScratchDatabase(serverUrl as string);
    proxy = await startSwitchableTcpProxy(scratch.databaseUrl);
    service = await startModuleService(testModule, {
      port: 0,
      logLevel: 'silent',
      databaseUrl: proxy.url,
      startWorkers: false,
    });
    expect((await callProcedure(service.url, 'topics.list')).status).toBe(200);
  }, 60_000);
  afterEach(async () => {
    await service?.close();
    await proxy?.close();
    await scratch?.drop();
  }, 60_000);

  async function expectQuickTyped503() {
    const started = performance.now();
    const answer = await callProcedure(service.url, 'topics.list');
    const elapsedMs = performance.now() - started;
    expect(answer.status).toBe(503);
    expect(answer.code).toBe('DATABASE_UNAVAILABLE');
    expect(answer.error).toMatchObject({ message: 'DATABASE_UNAVAILABLE', data: { httpStatus: 503 } });
    expect(elapsedMs).toBeLessThan(2_000);
  }

  it('answers 503 DATABASE_UNAVAILABLE at once when the server’s port is closed', async () => {
    await proxy.refuse();
    await expectQuickTyped503();
  });

  it('answers 503 DATABASE_UNAVAILABLE within the connection timeout when the server does not answer', async () => {
    proxy.setMode('silent');
    await expectQuickTyped503();
  });

  it('serves again once the database is back', async () => {
    proxy.setMode('silent');
    await expectQuickTyped503();
    proxy.setMode('forwarding');
    expect((await callProcedure(service.url, 'topics.list')).status).toBe(200);
  });
});
