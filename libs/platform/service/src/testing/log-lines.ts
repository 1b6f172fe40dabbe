// A service's JSON log lines as a test reads them: pass `destination` as the service's logDestination,
// then look at `lines` or wait for a line with a message.
import { Writable } from 'node:stream';

export interface LogLines {
  lines: Record<string, unknown>[];
  destination: Writable;
  /** The first line whose msg is `message`; rejects after `timeoutMs` without one. */
  waitFor(message: string, timeoutMs?: number): Promise<Record<string, unknown>>;
}

export function collectLogLines(): LogLines {
  const lines: Record<string, unknown>[] = [];
  let notify = () => {};
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      notify();
      callback();
    },
  });
  async function waitFor(message: string, timeoutMs = 20_000): Promise<Record<string, unknown>> {
    // By the clock: every new line wakes the wait early, so counting turns would end it too soon.
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = lines.find((line) => line.msg === message);
      if (found) return found;
      if (Date.now() >= deadline) throw new Error(`no log line "${message}"`);
      await new Promise<void>((resolve) => {
        notify = resolve;
        setTimeout(resolve, 50);
      });
    }
  }
  return { lines, destination, waitFor };
}
