// A fixed number of clients working through one queue of tasks, each client one call at a time: the
// closed-loop load the throughput figure is defined on. A time limit stops clients taking new tasks (calls
// in flight finish), so a slow system still ends the run in bounded time.

export interface TimedOutcome<T> {
  value: T;
  /** Wall-clock time of this one task, in milliseconds. */
  ms: number;
}

export interface ConcurrentRun<I, T> {
  /** The tasks that ran, in queue order (those after the time limit did not run). */
  outcomes: (TimedOutcome<T> & { input: I })[];
  /** From the first task's start to the last one's end, in milliseconds. */
  elapsedMs: number;
}

export async function runConcurrently<I, T>(
  clients: number,
  inputs: readonly I[],
  task: (input: I) => Promise<T>,
  options: { maxSeconds?: number } = {},
): Promise<ConcurrentRun<I, T>> {
  if (!Number.isInteger(clients) || clients < 1) throw new RangeError('At least one client');
  const outcomes: (TimedOutcome<T> & { input: I })[] = [];
  const started = performance.now();
  const deadline = started + (options.maxSeconds ?? Infinity) * 1000;
  let next = 0;
  const client = async () => {
    while (next < inputs.length && performance.now() < deadline) {
      const index = next++;
      const input = inputs[index] as I;
      const taskStarted = performance.now();
      const value = await task(input);
      outcomes[index] = { input, value, ms: performance.now() - taskStarted };
    }
  };
  await Promise.all(Array.from({ length: Math.min(clients, inputs.length) }, client));
  return {
    outcomes: outcomes.filter((outcome) => outcome !== undefined),
    elapsedMs: performance.now() - started,
  };
}

/** Times one call in milliseconds. */
export async function timed<T>(call: () => Promise<T>): Promise<TimedOutcome<T>> {
  const started = performance.now();
  const value = await call();
  return { value, ms: performance.now() - started };
}
