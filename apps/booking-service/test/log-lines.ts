// The service's JSON log lines as a test reads them: every line parsed, and a wait for a message.
import { Writable } from 'node:stream';

export function lineCollector() {
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
  async function waitFor(message: string): Promise<Record<string, unknown>> {
    for (let waited = 0; waited < 20_000; waited += 50) {
      const found = lines.find((line) => line.msg === message);
      if (found) return found;
      await new Promise<void>((resolve) => {
        notify = resolve;
        setTimeout(resolve, 50);
      });
    }
    throw new Error(`no log line "${message}"`);
  }
  return { lines, destination, waitFor };
}
