// The unit sync worker on a real database with a directory the test controls: renamed units are renamed in
// booking, booking's own fields stay, an equal directory writes nothing, a failing directory is logged and
// the names keep serving, an unlisted booking unit is logged once per run, and stop() lets the run in hand
// finish before it resolves (the service closes the database right after).
import { TEST_UNITS } from '@asiointi/dev-idp';
import { bookingDatabaseDefinition, demoUnitIds, seedBookingDemoData, units } from '@asiointi/booking-data';
import type { UnitDirectoryEntry } from '@asiointi/platform-contract';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { unitsUnavailable } from '@asiointi/platform-service';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { startUnitDirectorySync, syncUnitsFromDirectory } from '../../src/index';

interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  details: object;
  message: string;
}

function recordingLogger() {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (details: object, message: string): void =>
      void lines.push({ level, details, message });
  return { lines, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

const directoryOf = (entries: readonly UnitDirectoryEntry[]) => ({ list: async () => entries });

const renamedKuusamo = TEST_UNITS.map((unit) =>
  unit.id === demoUnitIds.kuusamo
    ? {
        ...unit,
        name: {
          fi: 'Kuusamon hyvinvointikeskus',
          sv: 'Kuusamo välfärdscentral',
          en: 'Kuusamo Wellbeing Centre',
        },
      }
    : unit,
);

describeOnDatabases('booking unit sync from the unit directory', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  const db = () => database().db;
  const unitRow = async (id: string) => (await db().select().from(units).where(eq(units.id, id)))[0];

  beforeAll(async () => {
    await seedBookingDemoData(db());
  });
  // Each test starts from the directory's names (the demo units').
  beforeEach(async () => {
    await syncUnitsFromDirectory({
      db: db(),
      directory: directoryOf(TEST_UNITS),
      logger: recordingLogger().logger,
    });
  });

  it('renames a unit the directory renamed, and leaves booking’s own fields alone', async () => {
    const before = await unitRow(demoUnitIds.kuusamo);
    const { lines, logger } = recordingLogger();
    const run = await syncUnitsFromDirectory({ db: db(), directory: directoryOf(renamedKuusamo), logger });

    expect(run).toEqual({ directory: 'read', updatedIds: [demoUnitIds.kuusamo], unlistedIds: [] });
    expect(await unitRow(demoUnitIds.kuusamo)).toEqual({
      ...before,
      nameFi: 'Kuusamon hyvinvointikeskus',
      nameSv: 'Kuusamo välfärdscentral',
      nameEn: 'Kuusamo Wellbeing Centre',
    });
    expect(lines).toEqual([
      {
        level: 'info',
        details: { unitIds: [demoUnitIds.kuusamo] },
        message: 'booking units updated from the unit directory',
      },
    ]);
  });

  it('writes and logs nothing when the directory says what booking already has', async () => {
    const { lines, logger } = recordingLogger();
    const run = await syncUnitsFromDirectory({ db: db(), directory: directoryOf(TEST_UNITS), logger });
    expect(run).toEqual({ directory: 'read', updatedIds: [], unlistedIds: [] });
    expect(lines).toEqual([]);
  });

  it('keeps every name when the directory cannot be read, and warns without personal data', async () => {
    const { lines, logger } = recordingLogger();
    const failing = {
      list: async (): Promise<never> => {
        throw unitsUnavailable(new Error('The unit directory answered 503'));
      },
    };
    const run = await syncUnitsFromDirectory({ db: db(), directory: failing, logger });
    expect(run).toEqual({ directory: 'unavailable' });
    expect((await unitRow(demoUnitIds.kuusamo))?.nameFi).toBe('Kuusamon sosiaali- ja terveysasema');
    expect(lines.map(({ level, message }) => [level, message])).toEqual([
      ['warn', 'the unit directory could not be read: booking units keep their names'],
    ]);
    expect(Object.keys(lines[0]?.details ?? {})).toEqual(['err']);
  });

  it('logs a booking unit the directory does not list once per run, and keeps its name', async () => {
    const { lines, logger } = recordingLogger();
    let runs = 0;
    const withoutRaahe = {
      list: async () => {
        runs += 1;
        return TEST_UNITS.filter((unit) => unit.id !== demoUnitIds.raahe);
      },
    };
    const worker = startUnitDirectorySync({
      db: db(),
      directory: withoutRaahe,
      logger,
      intervalMs: 3_600_000,
    });
    try {
      await worker.runNow();
      await worker.runNow();
    } finally {
      await worker.stop();
    }
    // The two runs asked for, and the one at start if its turn came before stop().
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(lines).toEqual(
      Array.from({ length: runs }, () => ({
        level: 'warn',
        details: { unitIds: [demoUnitIds.raahe] },
        message: 'booking units the unit directory does not list keep their names',
      })),
    );
    expect((await unitRow(demoUnitIds.raahe))?.nameFi).toBe('Raahen terveysasema');
  });

  it('finishes the run in hand before stop() resolves', async () => {
    let answer: (entries: readonly UnitDirectoryEntry[]) => void = () => {};
    let asked = 0;
    let listCalled: () => void = () => {};
    const called = new Promise<void>((resolve) => (listCalled = resolve));
    const slow = {
      list: () => {
        asked += 1;
        listCalled();
        return new Promise<readonly UnitDirectoryEntry[]>((resolve) => (answer = resolve));
      },
    };
    const worker = startUnitDirectorySync({
      db: db(),
      directory: slow,
      logger: recordingLogger().logger,
      intervalMs: 3_600_000,
    });
    await called;
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);

    answer(renamedKuusamo);
    await stopping;
    expect((await unitRow(demoUnitIds.kuusamo))?.nameEn).toBe('Kuusamo Wellbeing Centre');
    // Stopped before the next interval: the directory was asked once.
    expect(asked).toBe(1);
  });
});
