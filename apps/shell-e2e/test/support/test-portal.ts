// The embedded portal on free ports for one test file: PGlite in a temporary folder, or, when
// DATABASE_URL is set, a fresh PostgreSQL database that is dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  portalModules,
  startPortal,
  type ModuleName,
  type PortalOptions,
  type PortalTestOptions,
  type RunningPortal,
} from '@asiointi/launcher';
import { openDatabase, type OpenDatabase } from '@asiointi/platform-db';
import { createScratchDatabase } from '@asiointi/platform-db/testing';

export interface TestPortal extends RunningPortal {
  apiUrlOf(module: string): string;
  /** The database of a module named in `openDatabasesOf`, open beside its service (read what it wrote). */
  databaseOf(module: ModuleName): OpenDatabase<Record<string, unknown>>;
}

export interface TestPortalOptions {
  /** Minutes without activity before the shell signs a person out (the portal's default 15). */
  sessionIdleMinutes?: number;
  /** A module service's log lines to the test (e.g. the development notification log's). */
  serviceLogs?: PortalOptions['serviceLogs'];
  /** Modules whose service runs on a database the test opens too (databaseOf), e.g. to read notifications. */
  openDatabasesOf?: ModuleName[];
  /** Modules started from another service definition than their default. */
  services?: PortalTestOptions['services'];
}

export async function startTestPortal({
  sessionIdleMinutes,
  serviceLogs,
  openDatabasesOf = [],
  services,
}: TestPortalOptions = {}): Promise<TestPortal> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'asiointi-e2e-'));
  const scratch = process.env.DATABASE_URL
    ? await createScratchDatabase(process.env.DATABASE_URL)
    : undefined;
  const databases: Partial<Record<ModuleName, OpenDatabase<Record<string, unknown>>>> = {};
  for (const name of openDatabasesOf) {
    const module = portalModules.find((candidate) => candidate.name === name);
    if (!module) throw new Error(`No module ${name} in the portal`);
    databases[name] = await openDatabase({
      ...module.service.database,
      databaseUrl: scratch?.databaseUrl,
      dataDir: path.join(dataDir, name),
    });
  }
  const portal = await startPortal({
    shellPort: 0,
    identityPort: 0,
    // Every module on free ports, so two test files can run portals side by side.
    ports: Object.fromEntries(portalModules.map(({ name }) => [name, { remote: 0, service: 0 }])),
    databaseUrl: scratch?.databaseUrl,
    dataDir,
    logLevel: 'warn',
    sessionIdleMinutes,
    serviceLogs,
    services,
    databases,
  });
  return {
    ...portal,
    apiUrlOf(module) {
      const entry = portal.manifest.remotes.find((remote) => remote.name === module);
      if (!entry) throw new Error(`No module ${module} in the portal`);
      return entry.apiUrl;
    },
    databaseOf(module) {
      const database = databases[module];
      if (!database) throw new Error(`The test portal did not open the ${module} database`);
      return database;
    },
    async close() {
      await portal.close();
      for (const database of Object.values(databases)) await database?.close();
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
