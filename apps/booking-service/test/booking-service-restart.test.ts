import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bookingDatabaseDefinition } from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { expect, it } from 'vitest';
import { startModuleService, type ModuleServiceOptions } from '@asiointi/platform-service';
import { bookingService } from '../src/booking-service';

async function unitCount(url: string): Promise<number> {
  const response = await fetch(`${url}/trpc/units.list`);
  return ((await response.json()) as { result: { data: unknown[] } }).result.data.length;
}

describeOnDatabases('booking service restarted on the same data', (engine) => {
  it('keeps its data and does not seed twice', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'asiointi-booking-'));
    const database =
      engine.dialect === 'postgres' ? await engine.createDatabase(bookingDatabaseDefinition) : undefined;
    const storage: ModuleServiceOptions = database
      ? { databaseUrl: database.databaseUrl }
      : { dataDir: path.join(folder, 'booking') };
    try {
      const first = await startModuleService(bookingService, { port: 0, logLevel: 'warn', ...storage });
      expect(await unitCount(first.url)).toBe(4);
      await first.close();

      const second = await startModuleService(bookingService, { port: 0, logLevel: 'warn', ...storage });
      expect(await unitCount(second.url)).toBe(4);
      await second.close();
    } finally {
      await database?.close();
      await rm(folder, { recursive: true, force: true });
    }
  }, 90_000);
});
