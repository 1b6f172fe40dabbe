// Units are organisation data: their names, municipality and street address come from the unit directory.
// Booking keeps a copy in its own table (the catalogue filters and orders by them in SQL), and this worker
// keeps that copy following the directory, at start and then every interval. What is booking's own (the
// phone residents call about bookings, opening hours, accessibility, services, resources) is not touched.
import { syncUnitOrganisationFacts, type BookingDb, type UnitOrganisationSync } from '@asiointi/booking-data';
import { startPoller, type WorkerLogger } from '@asiointi/platform-events';
import type { BackgroundWorker, UnitDirectory } from '@asiointi/platform-service';

/** Units change seldom: ten minutes keeps renames visible within the hour without asking often. */
export const defaultUnitSyncIntervalMs = 10 * 60_000;

export type UnitSyncRun = { directory: 'unavailable' } | ({ directory: 'read' } & UnitOrganisationSync);

export interface UnitDirectorySyncOptions {
  db: BookingDb;
  directory: Pick<UnitDirectory, 'list'>;
  logger: WorkerLogger;
  /** Time between runs (default 10 minutes); the first run is at start. */
  intervalMs?: number;
}

export interface UnitDirectorySync extends BackgroundWorker {
  /** One run now, after the run in progress if there is one (tests, and an operator's nudge). */
  runNow(): Promise<UnitSyncRun>;
}

/**
 * One run: reads the directory and writes its facts over booking's copy of the units it lists. A directory
 * that cannot be read leaves every name as it is; so does a booking unit the directory does not list.
 */
export async function syncUnitsFromDirectory({
  db,
  directory,
  logger,
}: Omit<UnitDirectorySyncOptions, 'intervalMs'>): Promise<UnitSyncRun> {
  let entries;
  try {
    entries = await directory.list();
  } catch (error) {
    logger.warn({ err: error }, 'the unit directory could not be read: booking units keep their names');
    return { directory: 'unavailable' };
  }
  const sync = await syncUnitOrganisationFacts(db, entries);
  if (sync.updatedIds.length > 0) {
    logger.info({ unitIds: sync.updatedIds }, 'booking units updated from the unit directory');
  }
  if (sync.unlistedIds.length > 0) {
    logger.warn(
      { unitIds: sync.unlistedIds },
      'booking units the unit directory does not list keep their names',
    );
  }
  return { directory: 'read', ...sync };
}

/** Starts the sync: a run at once, then one every interval, never two at a time. */
export function startUnitDirectorySync({
  intervalMs = defaultUnitSyncIntervalMs,
  ...run
}: UnitDirectorySyncOptions): UnitDirectorySync {
  const poller = startPoller({
    intervalMs,
    run: () => syncUnitsFromDirectory(run),
    hasMore: () => false,
    // A database failure: the next run tries again.
    onError: (error) =>
      run.logger.error({ err: error }, 'syncing booking units from the unit directory failed'),
  });
  return {
    name: 'unit-directory-sync',
    runNow: () => poller.runNow(),
    stop: () => poller.stop(),
  };
}
