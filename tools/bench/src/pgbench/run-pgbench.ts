// Runs pgbench against the scratch database with the settings: 16 clients, 2 threads, fixed time.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { parsePgbenchTps, pgbenchInsertScript, pgbenchOverlapsSql, pgbenchSetupSql } from './pgbench-script';

export interface PgbenchResult {
  insertsPerSecond: number;
  rows: number;
  overlaps: number;
  command: string;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} exited with ${code}:\n${output}`)),
    );
  });
}

export async function runPgbench(options: {
  pgbenchPath: string;
  databaseUrl: string;
  clients: number;
  seconds: number;
  resources: number;
}): Promise<PgbenchResult> {
  const sqlClient = postgres(options.databaseUrl, { max: 1, onnotice: () => {} });
  const folder = await mkdtemp(path.join(tmpdir(), 'asiointi-bench-pgbench-'));
  try {
    await sqlClient.unsafe(pgbenchSetupSql);
    const script = path.join(folder, 'insert-slot.sql');
    await writeFile(script, pgbenchInsertScript(options.resources));
    const args = [
      '-n',
      '-c',
      String(options.clients),
      '-j',
      '2',
      '-T',
      String(options.seconds),
      '-f',
      script,
    ];
    const output = await run(options.pgbenchPath, [...args, options.databaseUrl]);
    const [overlaps] = await sqlClient.unsafe<{ n: number }[]>(pgbenchOverlapsSql);
    const [rows] = await sqlClient.unsafe<{ n: number }[]>(
      'select count(*)::int as n from bench_limit.slots',
    );
    return {
      insertsPerSecond: parsePgbenchTps(output),
      rows: rows?.n ?? 0,
      overlaps: overlaps?.n ?? -1,
      command: `pgbench ${args.join(' ').replace(script, 'insert-slot.sql')}`,
    };
  } finally {
    await sqlClient.end({ timeout: 5 });
    await rm(folder, { recursive: true, force: true });
  }
}
