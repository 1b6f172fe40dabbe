import { describe, expect, it } from 'vitest';
import {
  BenchOptionsError,
  defaultServerUrl,
  flagsAsEnvironment,
  fullDataSet,
  readBenchOptions,
} from '../src/bench-options';

describe('readBenchOptions', () => {
  it('runs the issue’s region on both engines by default', () => {
    const options = readBenchOptions({});
    expect(options.dataSet).toEqual(fullDataSet);
    expect(options.engines).toEqual(['postgres', 'pglite']);
    expect(options.serverUrl).toBe(defaultServerUrl);
    expect(options.clients).toBe(16);
  });

  it('shrinks the region proportionally and keeps the bookings per resource', () => {
    const { dataSet } = readBenchOptions({ BENCH_SCALE: '0.05' });
    expect(dataSet.units).toBe(3);
    expect(dataSet.bookings).toBe(50_000);
    expect(dataSet.bookings / (dataSet.units * dataSet.resourcesPerUnit)).toBeCloseTo(1_000_000 / 1500);
  });

  it('takes DATABASE_URL, and flags over the environment', () => {
    const options = readBenchOptions(
      { DATABASE_URL: 'postgres://x@db:5432/postgres', BENCH_ENGINES: 'pglite' },
      ['--engines=postgres', '--clients=4'],
    );
    expect(options.serverUrl).toBe('postgres://x@db:5432/postgres');
    expect(options.engines).toEqual(['postgres']);
    expect(options.clients).toBe(4);
  });

  it('runs one service process unless told more, and refuses a fraction of one', () => {
    expect(readBenchOptions({}).serviceProcesses).toBe(1);
    expect(readBenchOptions({}, ['--service-processes=2']).serviceProcesses).toBe(2);
    expect(() => readBenchOptions({ BENCH_SERVICE_PROCESSES: '1.5' })).toThrow(BenchOptionsError);
  });

  it('refuses what it cannot run', () => {
    expect(() => readBenchOptions({ BENCH_SCALE: '2' })).toThrow(BenchOptionsError);
    expect(() => readBenchOptions({ BENCH_ENGINES: 'mysql' })).toThrow(BenchOptionsError);
    expect(() => readBenchOptions({ BENCH_CLIENTS: '1.5' })).toThrow(BenchOptionsError);
    expect(() => flagsAsEnvironment(['scale'])).toThrow(BenchOptionsError);
  });
});
