// Where one engine's run keeps its data: a scratch database on the PostgreSQL server (created and dropped
// here, so the database DATABASE_URL names is only used to do that), or a temporary PGlite folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { BenchEngine } from './bench-options';

export interface BenchDatabase {
  engine: BenchEngine;
  /** Set for PostgreSQL. */
  databaseUrl?: string;
  /** Set for PGlite. */
  dataDir?: string;
  /** Shown in the report: the database without credentials, or the folder. */
  label: string;
  remove(): Promise<void>;
}

async function asAdmin(serverUrl: string, statement: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** asiointi_bench_20260123T101500: digits only after the prefix, so it is safe in CREATE/DROP DATABASE. */
export function scratchDatabaseName(now: Date): string {
  return `asiointi_bench_${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '')
    .toLowerCase()}`;
}

/**
 * BENCH_EXPLAIN: every statement slower than this many milliseconds has its EXPLAIN ANALYZE written to the
 * server's log (auto_explain, for this database only): what to read when a target is missed.
 */
function explainSettings(name: string, explainMs: number): string[] {
  return [
    `alter database "${name}" set session_preload_libraries = 'auto_explain'`,
    `alter database "${name}" set auto_explain.log_min_duration = '${Math.round(explainMs)}ms'`,
    `alter database "${name}" set auto_explain.log_analyze = on`,
    `alter database "${name}" set auto_explain.log_buffers = on`,
  ];
}

export async function createBenchDatabase(
  engine: BenchEngine,
  serverUrl: string,
  options: { explainMs?: number } = {},
): Promise<BenchDatabase> {
  if (engine === 'pglite') {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'asiointi-bench-pglite-'));
    return { engine, dataDir, label: dataDir, remove: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = scratchDatabaseName(new Date());
  await asAdmin(serverUrl, `create database "${name}"`);
  if (options.explainMs !== undefined) {
    for (const statement of explainSettings(name, options.explainMs)) await asAdmin(serverUrl, statement);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    databaseUrl: url.toString(),
    label: `${url.host}/${name}`,
    remove: () => asAdmin(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}
