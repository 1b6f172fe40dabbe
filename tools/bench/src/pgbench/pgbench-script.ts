// The physical limit of booking on this server: single-row inserts into a table with the bookings table's
// exclusion constraint (same columns, same gist index, same predicate), no service in between.

/** Run once before pgbench; the table lives in its own schema of the scratch database. */
export const pgbenchSetupSql = `
create extension if not exists btree_gist;
create schema if not exists bench_limit;
create table bench_limit.slots (
  id bigserial primary key,
  resource_id uuid not null,
  occupied_from timestamptz not null,
  occupied_until timestamptz not null,
  status text not null default 'booked',
  constraint slots_no_double_booking exclude using gist
    (resource_id with =, tstzrange(occupied_from, occupied_until, '[)') with &&) where (status <> 'cancelled')
);
create sequence bench_limit.slot_number;`;

/**
 * One transaction per pgbench iteration: the next free 30-minute slot of one of `resources` resources, so no
 * two clients ever collide and the figure is the constraint's cost, not retries.
 */
export function pgbenchInsertScript(resources: number): string {
  return `insert into bench_limit.slots (resource_id, occupied_from, occupied_until)
select ('00000000-0000-4000-8000-' || lpad(to_hex(n % ${resources}), 12, '0'))::uuid,
       timestamptz '2030-01-01 08:00+02' + (n / ${resources}) * interval '30 minutes',
       timestamptz '2030-01-01 08:30+02' + (n / ${resources}) * interval '30 minutes'
from (select nextval('bench_limit.slot_number') as n) next;
`;
}

export const pgbenchOverlapsSql = `
select count(*)::int as n from bench_limit.slots a join bench_limit.slots b
  on a.resource_id = b.resource_id and a.id < b.id
 and tstzrange(a.occupied_from, a.occupied_until, '[)') && tstzrange(b.occupied_from, b.occupied_until, '[)')`;

/** The tps pgbench prints ("tps = 9876.543210 (without initial connection time)"). */
export function parsePgbenchTps(output: string): number {
  const match = /^tps = ([\d.]+) \(without initial connection time\)/m.exec(output);
  if (!match) throw new Error('pgbench printed no tps line');
  return Number(match[1]);
}
