// What one `npm run bench` measures, from the environment (and --flags, which win): the full run is the
// issue's data set; BENCH_SCALE shrinks it proportionally for a quick run while iterating.

export type BenchEngine = 'postgres' | 'pglite';

export interface DataSetSize {
  units: number;
  resourcesPerUnit: number;
  serviceCodes: number;
  horizonDays: number;
  bookings: number;
}

export interface BenchOptions {
  scale: number;
  engines: BenchEngine[];
  /** The server the scratch database is created on (and dropped from). */
  serverUrl: string;
  dataSet: DataSetSize;
  clients: number;
  /**
   * Booking service processes on PostgreSQL (the booking phase spreads its requests over them, as a load
   * balancer over replicas would). PGlite keeps one: its data directory belongs to one process.
   */
  serviceProcesses: number;
  searches: number;
  /** Searches stop after this long (at least 20 are made). */
  searchSeconds: number;
  bookingRequests: number;
  /** Clients stop taking new booking requests after this long. */
  bookingSeconds: number;
  /** Every n-th booking request asks for a time another request also asks for (TIME_TAKEN expected). */
  collideEvery: number;
  pgbenchSeconds: number;
  pgbenchPath: string;
  /** PostgreSQL only: log EXPLAIN ANALYZE of statements slower than this (server log, auto_explain). */
  explainMs?: number;
}

export const defaultServerUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The region: 60 units, 1,500 resources, 40 service types, 90 days, 1,000,000 bookings. */
export const fullDataSet: DataSetSize = {
  units: 60,
  resourcesPerUnit: 25,
  serviceCodes: 40,
  horizonDays: 90,
  bookings: 1_000_000,
};

export class BenchOptionsError extends Error {
  override readonly name = 'BenchOptionsError';
}

function positiveNumber(name: string, value: string | undefined, fallback: number, integer = true): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0 || (integer && !Number.isInteger(parsed))) {
    throw new BenchOptionsError(
      `${name} must be a positive ${integer ? 'whole ' : ''}number, got "${value}"`,
    );
  }
  return parsed;
}

/** `--scale=0.05` → { BENCH_SCALE: '0.05' }: flags name the same settings as the environment. */
export function flagsAsEnvironment(argv: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const argument of argv) {
    const match = /^--([a-z-]+)=(.*)$/.exec(argument);
    if (!match) throw new BenchOptionsError(`Unknown argument "${argument}" (use --name=value)`);
    const [, name = '', value = ''] = match;
    env[`BENCH_${name.replace(/-/g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export function readBenchOptions(
  env: Record<string, string | undefined>,
  argv: readonly string[] = [],
): BenchOptions {
  const settings = { ...env, ...flagsAsEnvironment(argv) };
  const scale = positiveNumber('BENCH_SCALE', settings.BENCH_SCALE, 1, false);
  if (scale > 1) throw new BenchOptionsError('BENCH_SCALE is at most 1 (the issue’s data set)');
  const engines = (settings.BENCH_ENGINES ?? 'postgres,pglite')
    .split(',')
    .map((engine) => engine.trim())
    .filter(Boolean);
  for (const engine of engines) {
    if (engine !== 'postgres' && engine !== 'pglite') {
      throw new BenchOptionsError(`BENCH_ENGINES lists postgres and/or pglite, got "${engine}"`);
    }
  }
  if (engines.length === 0) throw new BenchOptionsError('BENCH_ENGINES is empty');
  const units = Math.max(2, Math.round(fullDataSet.units * scale));
  return {
    scale,
    engines: engines as BenchEngine[],
    serverUrl: settings.BENCH_DATABASE_URL ?? settings.DATABASE_URL ?? defaultServerUrl,
    dataSet: {
      ...fullDataSet,
      units,
      // Same density at every scale: about 667 bookings per resource.
      bookings: Math.round((fullDataSet.bookings * units) / fullDataSet.units),
    },
    clients: positiveNumber('BENCH_CLIENTS', settings.BENCH_CLIENTS, 16),
    serviceProcesses: positiveNumber('BENCH_SERVICE_PROCESSES', settings.BENCH_SERVICE_PROCESSES, 1),
    searches: positiveNumber('BENCH_SEARCHES', settings.BENCH_SEARCHES, scale < 1 ? 60 : 300),
    searchSeconds: positiveNumber('BENCH_SEARCH_SECONDS', settings.BENCH_SEARCH_SECONDS, 60),
    bookingRequests: positiveNumber(
      'BENCH_BOOKINGS',
      settings.BENCH_BOOKINGS,
      Math.max(400, Math.round(8000 * scale)),
    ),
    bookingSeconds: positiveNumber('BENCH_BOOKING_SECONDS', settings.BENCH_BOOKING_SECONDS, 60),
    collideEvery: positiveNumber('BENCH_COLLIDE_EVERY', settings.BENCH_COLLIDE_EVERY, 20),
    pgbenchSeconds: positiveNumber('BENCH_PGBENCH_SECONDS', settings.BENCH_PGBENCH_SECONDS, 10),
    pgbenchPath: settings.BENCH_PGBENCH ?? '/usr/bin/pgbench',
    explainMs:
      settings.BENCH_EXPLAIN === undefined
        ? undefined
        : positiveNumber('BENCH_EXPLAIN', settings.BENCH_EXPLAIN, 20),
  };
}
