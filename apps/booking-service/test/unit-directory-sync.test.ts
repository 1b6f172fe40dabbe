// The booking service's own worker against the dev identity provider's unit directory: at start, a unit
// whose name booking holds out of date is renamed from the directory (its phone and opening hours stay);
// with a directory that fails the service warns and serves the names it has; close() stops the
// worker before the database closes, and the next start finds what it wrote.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  bookingDatabaseDefinition,
  demoUnitIds,
  openBookingDatabase,
  seedBookingDemoData,
  units,
} from '@asiointi/booking-data';
import { createLogger, startDevIdp, type RunningDevIdp } from '@asiointi/dev-idp';
import { describeOnDatabases, type TestDatabase } from '@asiointi/platform-db/testing';
import { startModuleService, type ModuleServiceOptions } from '@asiointi/platform-service';
import { callProcedure, collectLogLines } from '@asiointi/platform-service/testing';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { bookingService } from '../src/booking-service';

const directoryName = 'Kuusamon sosiaali- ja terveysasema';
const staleName = 'Kuusamon terveyskeskus (vanha nimi)';

let idp: RunningDevIdp;
beforeAll(async () => {
  idp = await startDevIdp({ port: 0, logger: createLogger({ level: 'silent' }) });
}, 30_000);
afterAll(() => idp?.close());

describeOnDatabases('booking unit names from the unit directory', (engine) => {
  let folder: string;
  let server: TestDatabase<Record<string, unknown>> | undefined;
  let storage: ModuleServiceOptions;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'asiointi-booking-units-'));
    if (engine.dialect === 'postgres') server = await engine.createDatabase(bookingDatabaseDefinition);
    storage = server ? { databaseUrl: server.databaseUrl } : { dataDir: path.join(folder, 'booking') };
    // Booking's copy as an older directory left it: Kuusamo under its old name, with booking's own phone.
    const database = await openBookingDatabase(storage);
    try {
      await seedBookingDemoData(database.db);
      await database.db
        .update(units)
        .set({ nameFi: staleName, phone: '+358 40 111 2222' })
        .where(eq(units.id, demoUnitIds.kuusamo));
    } finally {
      await database.close();
    }
  }, 60_000);
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await rm(folder, { recursive: true, force: true });
  }, 60_000);

  async function kuusamoRow() {
    const database = await openBookingDatabase(storage);
    try {
      return (await database.db.select().from(units).where(eq(units.id, demoUnitIds.kuusamo)))[0];
    } finally {
      await database.close();
    }
  }

  /** The service on this test's database, logging at info into the test's collector. */
  function startService(logs: ReturnType<typeof collectLogLines>, options: ModuleServiceOptions = {}) {
    return startModuleService(bookingService, {
      port: 0,
      logLevel: 'info',
      logDestination: logs.destination,
      oidcIssuer: idp.issuer,
      ...options,
      ...storage,
    });
  }

  async function unitNames(url: string): Promise<string[]> {
    const result = await callProcedure(url, 'units.list');
    return (result.data as { name: { fi: string } }[]).map((unit) => unit.name.fi);
  }

  it('renames a unit from the directory at start, and stops the worker on close', async () => {
    const logs = collectLogLines();
    const service = await startService(logs);
    try {
      const updated = await logs.waitFor('booking units updated from the unit directory');
      expect(updated).toMatchObject({
        service: 'booking',
        worker: 'unit-directory-sync',
        unitIds: [demoUnitIds.kuusamo],
      });
      expect(await unitNames(service.url)).toContain(directoryName);
    } finally {
      await service.close();
    }
    // Nothing logged about units the directory does not list: it lists every booking unit.
    expect(logs.lines.filter((line) => line.worker === 'unit-directory-sync')).toHaveLength(1);
    expect(await kuusamoRow()).toMatchObject({ nameFi: directoryName, phone: '+358 40 111 2222' });
  }, 90_000);

  it('warns and keeps serving booking’s names while the directory fails', async () => {
    const logs = collectLogLines();
    // The provider answers 404 here: a directory that fails.
    const service = await startService(logs, { unitsUrl: `${idp.issuer}/no-such-directory` });
    try {
      const warning = await logs.waitFor(
        'the unit directory could not be read: booking units keep their names',
      );
      expect(warning).toMatchObject({ level: 'warn', worker: 'unit-directory-sync' });
      expect(await unitNames(service.url)).toContain(staleName);
    } finally {
      await service.close();
    }
    expect((await kuusamoRow())?.nameFi).toBe(staleName);
  }, 90_000);
});
