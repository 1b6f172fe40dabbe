// The booking service as production runs it: its own Node process (apps/booking-service/src/main.ts), so
// the benchmark's clients and identity provider do not share its event loop and the figures are the
// service's. Configured by environment like a deployment.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const serviceMain = fileURLToPath(new URL('../../../apps/booking-service/src/main.ts', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));
const startTimeoutMs = 60_000;

export interface BookingServiceProcessOptions {
  databaseUrl?: string;
  dataDir?: string;
  oidcIssuer: string;
  linkTokenSecret: string;
}

export interface BookingServiceProcess {
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || address === null) throw new Error('No free port');
  return address.port;
}

async function waitUntilReady(url: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('The booking service exited while starting (its log is above)');
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The booking service did not become ready in time');
}

export async function startBookingServiceProcess(
  options: BookingServiceProcessOptions,
): Promise<BookingServiceProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    OIDC_ISSUER: options.oidcIssuer,
    // The run is one client address sending thousands of requests a second: not what the limit is for.
    RATE_LIMIT_PER_MINUTE: '1000000000',
    LINK_TOKEN_SECRET: options.linkTokenSecret,
    SEED_DEMO_DATA: 'false',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
  };
  // BENCH_SERVICE_PROFILE_DIR=<dir>: the service writes a V8 CPU profile there when it closes.
  const profileDir = process.env.BENCH_SERVICE_PROFILE_DIR;
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', serviceMain], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  const exit = once(child, 'exit').then(() => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, () => exited);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    close: async () => {
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}
