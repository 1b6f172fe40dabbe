import { afterEach, describe, expect, it } from 'vitest';
import { queryUrl, startTestService } from './support/start-test-service';

describe('health, readiness and metrics', () => {
  let running: Awaited<ReturnType<typeof startTestService>> | undefined;
  afterEach(async () => {
    await running?.service.close();
    running = undefined;
  });

  it('listens on the real port when asked for port 0', async () => {
    running = await startTestService();
    expect(running.service.port).toBeGreaterThan(0);
    expect(running.service.url).toBe(`http://127.0.0.1:${running.service.port}`);
    expect(running.service.name).toBe('test-service');
  });

  it('answers liveness without asking the database', async () => {
    running = await startTestService();
    running.database.state.down = true;
    const response = await fetch(`${running.service.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready while the database answers and unavailable when it does not', async () => {
    running = await startTestService();
    const ready = await fetch(`${running.service.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    running.database.state.down = true;
    const down = await fetch(`${running.service.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable' });
  });

  it('reports unavailable promptly when the database hangs', async () => {
    running = await startTestService();
    running.database.state.hanging = true;
    const started = Date.now();
    const response = await fetch(`${running.service.url}/readyz`);
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('exposes default metrics and request durations by route, procedure and status', async () => {
    running = await startTestService();
    const { url } = running.service;
    await fetch(queryUrl(url, 'greeting.echo', { name: 'Aino' }));
    await fetch(queryUrl(url, 'greeting.echo', { name: 'A' }));
    await fetch(queryUrl(url, 'no.such.procedure'));

    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toMatch(
      /http_request_duration_seconds_count\{service="test-service",method="GET",route="\/trpc\/:path",procedure="greeting.echo",status_code="200"\} 1/,
    );
    expect(text).toMatch(
      /_count\{service="test-service",method="GET",route="\/trpc\/:path",procedure="greeting.echo",status_code="400"\} 1/,
    );
    expect(text).toMatch(/procedure="\(unknown\)",status_code="404"/);
    expect(text).not.toContain('no.such.procedure');
  });
});
