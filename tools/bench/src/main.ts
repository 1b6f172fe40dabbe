// `npm run bench`: the booking benchmark on PostgreSQL and PGlite, then one table of figures.
// BENCH_SCALE=0.05 (or --scale=0.05) runs a proportionally smaller region for a quick check.
import os from 'node:os';
// The package root carries the provider's ambient types, which its testing entry point relies on.
import type {} from '@asiointi/dev-idp';
import { startIdentityFixture } from '@asiointi/dev-idp/testing';
import { readBenchOptions } from './bench-options';
import { figuresTable, type MachineInfo } from './report/figures-table';
import { runEngine, type EngineFigures } from './run-engine';

const options = readBenchOptions(process.env, process.argv.slice(2));
const log = (message: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${message}`);
const { dataSet } = options;
log(
  `region: ${dataSet.units} units, ${dataSet.units * dataSet.resourcesPerUnit} resources, ${dataSet.serviceCodes} service types, ` +
    `${dataSet.horizonDays}-day horizon, ${dataSet.bookings.toLocaleString('en')} bookings (scale ${options.scale})`,
);

function machineInfo(loadAtStart: number): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAtStart,
    loadAtEnd: os.loadavg()[0] ?? 0,
  };
}

const [loadAtStart = 0] = os.loadavg();
const identity = await startIdentityFixture();
const figures: EngineFigures[] = [];
try {
  for (const engine of options.engines) {
    const engineFigures = await runEngine(engine, options, identity, log);
    figures.push(engineFigures);
    // Each engine's column as soon as it is done: a later engine failing does not lose it.
    if (options.engines.length > 1) console.error(figuresTable([engineFigures], machineInfo(loadAtStart)));
  }
} finally {
  await identity.close();
}

console.log(figuresTable(figures, machineInfo(loadAtStart)));
const failed = figures.some(
  (f) => f.doubleBookings !== 0 || f.throughput.booked !== f.bookingsMadeInDatabase,
);
process.exitCode = failed ? 1 : 0;
