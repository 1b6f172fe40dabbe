// The run's figures as a plain-text table (one column per engine), with the targets next to them.
import type { EngineFigures } from '../run-engine';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  /** 1-minute load averages when the run started and ended: the machine is shared, so say how busy it was. */
  loadAtStart: number;
  loadAtEnd: number;
}

export const targets = {
  searchP95Ms: 50,
  bookingsPerSecond: 500,
  unitFiguresTotalMs: 1000,
} as const;

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const count = (value: number) => value.toLocaleString('en');
const codes = (errors: Record<string, number>) =>
  Object.entries(errors)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ') || 'none';
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

interface Row {
  label: string;
  target: string;
  value(figures: EngineFigures): string;
}

const rows: Row[] = [
  {
    label: 'Seeded bookings',
    target: '',
    value: (f) => `${count(f.seed.bookings)} (${f.seed.seconds.toFixed(0)} s)`,
  },
  { label: 'Search p50', target: '', value: (f) => ms(f.search.latency.p50) },
  {
    label: 'Search p95',
    target: `< ${targets.searchP95Ms} ms`,
    value: (f) => `${ms(f.search.latency.p95)} ${verdict(f.search.latency.p95 < targets.searchP95Ms)}`,
  },
  { label: 'Search p99', target: '', value: (f) => ms(f.search.latency.p99) },
  {
    label: 'Search: units with a time / errors',
    target: '',
    value: (f) => `${f.search.unitsWithTime} / ${codes(f.search.errors)}`,
  },
  {
    label: 'Bookings per second (16 clients)',
    target: `>= ${targets.bookingsPerSecond}/s`,
    value: (f) =>
      `${f.throughput.bookingsPerSecond.toFixed(0)}/s ${verdict(f.throughput.bookingsPerSecond >= targets.bookingsPerSecond)}`,
  },
  { label: 'Service processes (booking phase)', target: '', value: (f) => String(f.serviceProcesses) },
  { label: 'Booking p50', target: '', value: (f) => ms(f.throughput.latency.p50) },
  { label: 'Booking p95', target: '', value: (f) => ms(f.throughput.latency.p95) },
  {
    label: 'Booked / requests (run time)',
    target: '',
    value: (f) =>
      `${count(f.throughput.booked)} / ${count(f.throughput.requests)} (${f.throughput.elapsedSeconds.toFixed(1)} s)`,
  },
  {
    label: 'TIME_TAKEN / planned collisions',
    target: 'equal',
    value: (f) => `${f.throughput.timeTaken} / ${f.throughput.collisionsPlanned}`,
  },
  { label: 'Other booking errors', target: 'none', value: (f) => codes(f.throughput.otherErrors) },
  {
    label: 'Bookings in the database after the run',
    target: '= booked',
    value: (f) => count(f.bookingsMadeInDatabase),
  },
  {
    label: 'Double bookings (overlapping active)',
    target: '0',
    value: (f) => `${f.doubleBookings} ${verdict(f.doubleBookings === 0)}`,
  },
  {
    label: 'T3 for all units (figures.list, p50 of 5)',
    target: `< ${targets.unitFiguresTotalMs} ms`,
    value: (f) =>
      `${ms(f.allUnitsT3.calls.p50)} ${verdict(f.allUnitsT3.calls.p50 < targets.unitFiguresTotalMs && Object.keys(f.allUnitsT3.errors).length === 0)}`,
  },
  {
    label: 'T3 values / errors',
    target: '',
    value: (f) => `${count(f.allUnitsT3.t3Values)} / ${codes(f.allUnitsT3.errors)}`,
  },
  {
    label: 'Every unit’s figures in turn (figures.list)',
    target: '',
    value: (f) => ms(f.unitFigures.totalMs),
  },
  {
    label: 'figures.list per unit p95 / errors',
    target: '',
    value: (f) => `${ms(f.unitFigures.perUnit.p95)} / ${codes(f.unitFigures.errors)}`,
  },
  {
    label: 'pgbench single-row inserts (same constraint)',
    target: '',
    value: (f) => (f.pgbench ? `${f.pgbench.insertsPerSecond.toFixed(0)}/s` : 'n/a'),
  },
  {
    label: 'Full stack / pgbench',
    target: '',
    value: (f) =>
      f.pgbench
        ? `${((100 * f.throughput.bookingsPerSecond) / f.pgbench.insertsPerSecond).toFixed(1)} %`
        : 'n/a',
  },
];

export function figuresTable(figures: readonly EngineFigures[], machine: MachineInfo): string {
  const header = [
    'Figure',
    'Target',
    ...figures.map((f) => (f.engine === 'postgres' ? 'PostgreSQL' : 'PGlite')),
  ];
  const body = rows.map((row) => [row.label, row.target, ...figures.map((f) => row.value(f))]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const separator = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const versions = figures.map(
    (f) => `${f.engine}: ${f.databaseVersion.split(' on ')[0] ?? f.databaseVersion}`,
  );
  return [
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `load average ${machine.loadAtStart.toFixed(1)} at start, ${machine.loadAtEnd.toFixed(1)} at end`,
    `Databases: ${versions.join('; ')}`,
    '',
    line(header),
    separator,
    ...body.map(line),
  ].join('\n');
}
