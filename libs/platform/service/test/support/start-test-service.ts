import type { AnyRouter } from '@trpc/server';
import { createService, readServiceConfig, type BackgroundWorker, type ServiceConfig } from '../../src/index';
import { controllableDatabase } from './controllable-database';
import { createTestRouter } from './test-router';

export interface CapturedLogs {
  lines: Record<string, unknown>[];
  text(): string;
}

function captureLogs(): CapturedLogs & { write(line: string): void } {
  const raw: string[] = [];
  return {
    write: (line: string) => void raw.push(line),
    get lines() {
      return raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    text: () => raw.join(''),
  };
}

export async function startTestService(
  options: {
    config?: Partial<ServiceConfig>;
    router?: AnyRouter;
    shutdownTimeoutMs?: number;
    fetch?: typeof fetch;
    workers?: BackgroundWorker[];
    database?: ReturnType<typeof controllableDatabase>;
  } = {},
) {
  const logs = captureLogs();
  const database = options.database ?? controllableDatabase();
  const config = readServiceConfig({}, { port: 0, logLevel: 'debug', ...options.config });
  const service = await createService({
    name: 'test-service',
    config,
    router: options.router ?? createTestRouter(),
    database,
    logDestination: logs,
    shutdownTimeoutMs: options.shutdownTimeoutMs,
    fetch: options.fetch,
    workers: options.workers,
  });
  return { service, database, logs };
}

/** GET a tRPC query the way the HTTP link sends it (input as JSON in the query string). */
export function queryUrl(baseUrl: string, procedure: string, input?: unknown): string {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return `${baseUrl}/trpc/${procedure}${search}`;
}
