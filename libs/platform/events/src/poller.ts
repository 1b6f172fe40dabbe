export interface PollerOptions<TResult> {
  intervalMs: number;
  /** One unit of work. */
  run(): Promise<TResult>;
  /** True when more work is waiting, so the next run starts at once instead of after the interval. */
  hasMore(result: TResult): boolean;
  onError(error: unknown): void;
}

export interface Poller<TResult> {
  /** Runs one unit of work now, after any run in progress (runs never overlap). */
  runNow(): Promise<TResult>;
  /** No further runs; resolves when the run in progress has finished. */
  stop(): Promise<void>;
}

/** Runs `run` at once, then every intervalMs (sooner while it reports more work), one run at a time. */
export function startPoller<TResult>(options: PollerOptions<TResult>): Poller<TResult> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let tail: Promise<unknown> = Promise.resolve();

  function runSerially(): Promise<TResult> {
    const run = tail.then(() => options.run());
    tail = run.catch(() => undefined);
    return run;
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(tick, delayMs);
  }

  function tick(): void {
    timer = undefined;
    runSerially().then(
      (result) => schedule(options.hasMore(result) ? 0 : options.intervalMs),
      (error: unknown) => {
        options.onError(error);
        schedule(options.intervalMs);
      },
    );
  }

  schedule(0);
  return {
    runNow: runSerially,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await tail;
    },
  };
}
