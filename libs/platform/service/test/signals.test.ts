import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// tsx as a loader inside the service's own process: the tsx command would stand between the signal and the
// service, relaying it, and under load it exited 143 itself before the service had closed.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const fixture = fileURLToPath(new URL('./fixtures/signal-service.ts', import.meta.url));

describe('signal handling', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'closes the service and exits 0 on %s',
    async (signal) => {
      const child = spawn(process.execPath, ['--import', tsxLoader, fixture], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      const ready = new Promise<string>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /"msg":"ready","url":"([^"]+)"/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

      const url = await ready;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      child.kill(signal);

      expect(await exited).toBe(0);
      expect(output).toContain('"msg":"closing the service"');
      expect(output).toContain('"msg":"database closed"');
    },
    30_000,
  );
});
