import { describe, expect, it } from 'vitest';
import { parsePgbenchTps, pgbenchInsertScript } from '../src/pgbench/pgbench-script';

const output = `pgbench (15.20 (Debian 15.20-0+deb12u1))
transaction type: insert-slot.sql
scaling factor: 1
query mode: simple
number of clients: 16
number of threads: 2
duration: 10 s
number of transactions actually processed: 98765
number of failed transactions: 0 (0.000%)
latency average = 1.620 ms
initial connection time = 12.345 ms
tps = 9876.543210 (without initial connection time)
`;

describe('pgbench', () => {
  it('reads the tps without initial connection time', () => {
    expect(parsePgbenchTps(output)).toBeCloseTo(9876.54321);
  });

  it('fails loudly when pgbench printed no figure', () => {
    expect(() => parsePgbenchTps('connection to server failed')).toThrow(/no tps/);
  });

  it('spreads the inserts over the resources, one new 30-minute slot each time', () => {
    const script = pgbenchInsertScript(1500);
    expect(script).toContain("nextval('bench_limit.slot_number')");
    expect(script).toContain('n % 1500');
    expect(script).toContain('(n / 1500) * interval');
  });
});
