import { describe, expect, it } from 'vitest';
import { startTestService } from './support/start-test-service';
import { createGate, createTestRouter } from './support/test-router';

function postSlow(url: string) {
  return fetch(`${url}/trpc/slow`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ payload: 'x' }),
  });
}

describe('graceful close', () => {
  it('finishes a request in flight, then stops listening and closes the database', async () => {
    const gate = createGate();
    const { service, database } = await startTestService({ router: createTestRouter(gate) });
    const inFlight = postSlow(service.url);
    await gate.reached;

    const closed = service.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(database.state.closed).toBe(false);

    const releasedAt = Date.now();
    gate.open();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { done: true } } });

    await closed;
    // Promptly, not at the 10 s deadline: the finished request's keep-alive connection does not hold it up.
    expect(Date.now() - releasedAt).toBeLessThan(2_000);
    expect(database.state.closed).toBe(true);
    expect(database.state.closedAt).toBeGreaterThanOrEqual(releasedAt);
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();
    await expect(service.close()).resolves.toBeUndefined();
  });

  it('cuts requests off at the deadline instead of waiting forever', async () => {
    const gate = createGate();
    const { service, database } = await startTestService({
      router: createTestRouter(gate),
      shutdownTimeoutMs: 300,
    });
    const inFlight = postSlow(service.url).then(
      () => 'answered',
      () => 'cut off',
    );
    await gate.reached;

    const started = Date.now();
    await service.close();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(database.state.closed).toBe(true);
    expect(await inFlight).toBe('cut off');
    gate.open();
  });
});
