// One engine's benchmark, start to finish: scratch database, seed, free-time pool, the real booking service
// (searches, bookings, figures over HTTP), the double-booking count and, on PostgreSQL, pgbench.
import { randomBytes } from 'node:crypto';
import { openBookingDatabase, type BookingDatabase } from '@asiointi/booking-data';
import { addCalendarDays, helsinkiDateOf } from '@asiointi/platform-time';
import type { IdentityFixture } from '@asiointi/dev-idp/testing';
import { selectRows } from '@asiointi/platform-db';
import { sql } from 'drizzle-orm';
import { createBenchDatabase, type BenchDatabase } from './bench-database';
import { startBookingServiceProcess } from './booking-service-process';
import { measureAllUnitsT3, type AllUnitsT3Timing } from './measure/all-units-t3';
import { managerToken, residentTokens } from './bench-identities';
import type { BenchEngine, BenchOptions } from './bench-options';
import { freeTimePool } from './free-time-pool';
import {
  bookingRequests,
  measureBookingThroughput,
  type ThroughputFigures,
} from './measure/booking-throughput';
import { countBookingsMadeSince, countDoubleBookings } from './measure/double-bookings';
import { measureSearch, type SearchFigures } from './measure/search';
import { measureUnitFigures, type UnitFiguresTiming } from './measure/unit-figures';
import { runPgbench, type PgbenchResult } from './pgbench/run-pgbench';
import { seedRegion, type SeedReport } from './seed/seed-region';
import { searchedServiceCode } from './seed/seed-sql';

export interface EngineFigures {
  engine: BenchEngine;
  databaseVersion: string;
  seed: SeedReport;
  search: SearchFigures;
  throughput: ThroughputFigures;
  bookingsMadeInDatabase: number;
  doubleBookings: number;
  unitFigures: UnitFiguresTiming;
  allUnitsT3: AllUnitsT3Timing;
  pgbench?: PgbenchResult;
  /** Service processes the booking phase spread its requests over. */
  serviceProcesses: number;
}

function openBench(database: BenchDatabase): Promise<BookingDatabase> {
  return openBookingDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
}

export async function runEngine(
  engine: BenchEngine,
  options: BenchOptions,
  identity: IdentityFixture,
  progress: (message: string) => void,
): Promise<EngineFigures> {
  const say = (message: string) => progress(`[${engine}] ${message}`);
  const database = await createBenchDatabase(engine, options.serverUrl, { explainMs: options.explainMs });
  say(`database ${database.label}`);
  try {
    const now = new Date();
    const today = helsinkiDateOf(now);
    let open = await openBench(database);
    let seed: SeedReport;
    let databaseVersion: string;
    let pool;
    let unitIds: string[];
    try {
      [{ version: databaseVersion }] = (await selectRows<{ version: string }>(
        open.db,
        sql`select version()`,
      )) as [{ version: string }];
      seed = await seedRegion(open.db, options.dataSet, say);
      say(`seeded ${seed.bookings.toLocaleString('en')} bookings in ${seed.seconds.toFixed(0)} s`);
      // Two days ahead and on: clear of any lead time or cut-off the booking rules may ask for.
      pool = await freeTimePool(open.db, searchedServiceCode, {
        now,
        firstDay: 2,
        lastDay: 16,
        size: options.bookingRequests,
      });
      unitIds = (
        await selectRows<{ id: string }>(open.db, sql`select id from booking.units order by name_en`)
      ).map((row) => row.id);
    } finally {
      await open.close();
    }
    say(`${pool.length} distinct free times to book; minting ${options.bookingRequests} residents' tokens`);
    const tokens = await residentTokens(identity, options.bookingRequests);
    const staffToken = await managerToken(identity, unitIds);

    const serviceProcesses = engine === 'postgres' ? options.serviceProcesses : 1;
    const linkTokenSecret = randomBytes(32).toString('base64url');
    const services = await Promise.all(
      Array.from({ length: serviceProcesses }, () =>
        startBookingServiceProcess({
          databaseUrl: database.databaseUrl,
          dataDir: database.dataDir,
          oidcIssuer: identity.idp.issuer,
          linkTokenSecret,
        }),
      ),
    );
    const service = services[0]!;
    let search: SearchFigures;
    let throughput: ThroughputFigures;
    let unitFigures: UnitFiguresTiming;
    let allUnitsT3: AllUnitsT3Timing;
    const bookingStarted = new Date();
    try {
      say(`searching ${options.searches} times`);
      search = await measureSearch(service.url, {
        serviceCode: searchedServiceCode,
        calls: options.searches,
        maxSeconds: options.searchSeconds,
        token: tokens[0] as string,
      });
      say(`booking with ${options.clients} clients`);
      throughput = await measureBookingThroughput(
        services.map((each) => each.url),
        {
          requests: bookingRequests(pool, options.bookingRequests, options.collideEvery),
          tokens,
          clients: options.clients,
          maxSeconds: options.bookingSeconds,
        },
      );
      say('figures of every unit');
      unitFigures = await measureUnitFigures(service.url, {
        unitIds,
        token: staffToken,
        from: addCalendarDays(today, -30),
        until: today,
      });
      say('T3 of all units in one call');
      allUnitsT3 = await measureAllUnitsT3(service.url, { unitIds, token: staffToken, today });
    } finally {
      await Promise.all(services.map((each) => each.close()));
    }

    open = await openBench(database);
    let doubleBookings: number;
    let bookingsMadeInDatabase: number;
    try {
      say('counting overlapping active bookings');
      doubleBookings = await countDoubleBookings(open.db);
      bookingsMadeInDatabase = await countBookingsMadeSince(open.db, bookingStarted);
    } finally {
      await open.close();
    }

    let pgbench: PgbenchResult | undefined;
    if (engine === 'postgres' && database.databaseUrl) {
      say(`pgbench for ${options.pgbenchSeconds} s`);
      pgbench = await runPgbench({
        pgbenchPath: options.pgbenchPath,
        databaseUrl: database.databaseUrl,
        clients: options.clients,
        seconds: options.pgbenchSeconds,
        resources: options.dataSet.units * options.dataSet.resourcesPerUnit,
      });
    }
    return {
      engine,
      databaseVersion,
      seed,
      search,
      throughput,
      bookingsMadeInDatabase,
      doubleBookings,
      unitFigures,
      allUnitsT3,
      pgbench,
      serviceProcesses,
    };
  } finally {
    await database.remove();
    say('scratch data removed');
  }
}
