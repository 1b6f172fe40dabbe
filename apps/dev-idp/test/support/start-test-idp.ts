// Starts a dev provider on a random port for one test file, with its log lines captured in memory.
import { Writable } from 'node:stream';
import { createLogger } from '../../src/logging/create-logger';
import { type DevIdpOptions, type RunningDevIdp, startDevIdp } from '../../src/start-dev-idp';

export interface TestIdp extends RunningDevIdp {
  /** Every log line written so far. */
  logLines(): string[];
}

export async function startTestIdp(options: DevIdpOptions = {}): Promise<TestIdp> {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const idp = await startDevIdp({ port: 0, logger: createLogger({ level: 'debug', destination }), ...options });
  return { ...idp, logLines: () => [...lines] };
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
