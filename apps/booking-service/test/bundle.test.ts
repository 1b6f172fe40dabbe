import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookingDatabaseDefinition } from '@asiointi/booking-data';
import { createTestDatabase } from '@asiointi/platform-db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const workspaceRoot = path.resolve(projectDir, '../..');
// Inside the workspace, so that the bundle finds PGlite in the root node_modules as a deployment would in its own.
const outDir = path.join(workspaceRoot, 'tmp', `booking-service-bundle-${process.pid}`);

interface RunningBundle {
  url: string;
  stop(): Promise<number | null>;
}

/** Starts a bundled service on a free port and waits for its "service listening" line. */
async function runBundle(mainFile: string, env: Record<string, string>): Promise<RunningBundle> {
  const child = spawn(process.execPath, [mainFile], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"([^"]+)","msg":"service listening"/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => reject(new Error(`bundle exited with ${code} before listening:\n${output}`)));
  });
  return {
    url,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('the bundled booking service', () => {
  const folders: string[] = [];
  beforeAll(() => {
    const build = spawnSync(
      process.execPath,
      [
        path.join(workspaceRoot, 'tools/service-bundler/bundle-service.mjs'),
        '--entry',
        'src/main.ts',
        '--out',
        outDir,
        '--migrations',
        path.join(workspaceRoot, 'libs/booking/data/migrations'),
      ],
      { cwd: projectDir, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`bundling failed:\n${build.stderr}`);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([outDir, ...folders].map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('starts on PGlite in DATA_DIR with the migrations copied next to it, and stops on SIGTERM', async () => {
    const dataFolder = await mkdtemp(path.join(tmpdir(), 'asiointi-bundle-'));
    folders.push(dataFolder);
    const bundle = await runBundle(path.join(outDir, 'main.mjs'), {
      DATA_DIR: path.join(dataFolder, 'booking'),
    });

    expect((await fetch(`${bundle.url}/readyz`)).status).toBe(200);
    const units = (await (await fetch(`${bundle.url}/trpc/units.list`)).json()) as {
      result: { data: unknown[] };
    };
    expect(units.result.data).toHaveLength(4);
    expect(await bundle.stop()).toBe(0);
  }, 60_000);

  it.runIf(process.env.DATABASE_URL)(
    'runs on PostgreSQL from a folder with no node_modules at all',
    async () => {
      const deployFolder = await mkdtemp(path.join(tmpdir(), 'asiointi-deploy-'));
      folders.push(deployFolder);
      await cp(outDir, deployFolder, { recursive: true });
      const database = await createTestDatabase({ ...bookingDatabaseDefinition, dialect: 'postgres' });
      try {
        const bundle = await runBundle(path.join(deployFolder, 'main.mjs'), {
          DATABASE_URL: database.databaseUrl ?? '',
        });
        expect((await fetch(`${bundle.url}/readyz`)).status).toBe(200);
        const units = (await (await fetch(`${bundle.url}/trpc/units.list`)).json()) as {
          result: { data: unknown[] };
        };
        expect(units.result.data).toHaveLength(4);
        expect(await bundle.stop()).toBe(0);
      } finally {
        await database.close();
      }
    },
    60_000,
  );
});
