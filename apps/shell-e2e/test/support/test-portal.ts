// The embedded portal on free ports for one test file: PGlite in a temporary folder, or, when
// DATABASE_URL is set, a fresh PostgreSQL database that is dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { portalModules, startPortal, type PortalOptions, type RunningPortal } from '@asiointi/launcher';
import { createScratchDatabase } from '@asiointi/platform-db/testing';

export interface TestPortal extends RunningPortal {
  apiUrlOf(module: string): string;
  /**
   * The portal's PostgreSQL database (a second connection beside the services'), for seeding what no page
   * writes yet; undefined on PGlite, whose folder one process holds.
   */
  scratchDatabaseUrl: string | undefined;
}

export interface TestPortalOptions {
  /** Minutes without activity before the shell signs a person out (the portal's default 15). */
  sessionIdleMinutes?: number;
  /** A module service's log lines to the test (e.g. the development notification log's). */
  serviceLogs?: PortalOptions['serviceLogs'];
  // Feedback reports (issue 11, part 2)
  /** A PostgreSQL server to run on instead of DATABASE_URL (a scratch database is made on it and dropped). */
  databaseUrl?: string;
}

export async function startTestPortal({
  sessionIdleMinutes,
  serviceLogs,
  databaseUrl = process.env.DATABASE_URL,
}: TestPortalOptions = {}): Promise<TestPortal> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'asiointi-e2e-'));
  const scratch = databaseUrl ? await createScratchDatabase(databaseUrl) : undefined;
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
  });
  return {
    ...portal,
    scratchDatabaseUrl: scratch?.databaseUrl,
    apiUrlOf(module) {
      const entry = portal.manifest.remotes.find((remote) => remote.name === module);
      if (!entry) throw new Error(`No module ${module} in the portal`);
      return entry.apiUrl;
    },
    async close() {
      await portal.close();
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
