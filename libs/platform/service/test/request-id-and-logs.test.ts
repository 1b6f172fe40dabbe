import { afterEach, describe, expect, it } from 'vitest';
import { queryUrl, startTestService } from './support/start-test-service';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids and logs', () => {
  let running: Awaited<ReturnType<typeof startTestService>> | undefined;
  afterEach(async () => {
    await running?.service.close();
    running = undefined;
  });

  it('echoes a sane incoming x-request-id and hands it to the procedure', async () => {
    running = await startTestService();
    const response = await fetch(queryUrl(running.service.url, 'greeting.echo', { name: 'Aino' }), {
      headers: { 'x-request-id': 'shell-4f2a.17' },
    });
    expect(response.headers.get('x-request-id')).toBe('shell-4f2a.17');
    const body = (await response.json()) as { result: { data: { requestId: string } } };
    expect(body.result.data.requestId).toBe('shell-4f2a.17');
  });

  it('replaces a missing or unsafe request id with a fresh UUID', async () => {
    running = await startTestService();
    const missing = await fetch(`${running.service.url}/healthz`);
    expect(missing.headers.get('x-request-id')).toMatch(uuidPattern);

    const forged = await fetch(`${running.service.url}/healthz`, {
      headers: { 'x-request-id': 'x"} {"level":"fatal' },
    });
    expect(forged.headers.get('x-request-id')).toMatch(uuidPattern);

    // It goes on every log line: an identity code is no request id.
    const personal = await fetch(`${running.service.url}/healthz`, {
      headers: { 'x-request-id': '131052-308T' },
    });
    expect(personal.headers.get('x-request-id')).toMatch(uuidPattern);
  });

  it('puts the request id on every log line of the request, in JSON', async () => {
    running = await startTestService();
    await fetch(queryUrl(running.service.url, 'greeting.echo', { name: 'Aino' }), {
      headers: { 'x-request-id': 'trace-me-1' },
    });
    const lines = running.logs.lines.filter((line) => line.requestId === 'trace-me-1');
    expect(lines.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
    expect(lines.every((line) => line.service === 'test-service' && typeof line.time === 'string')).toBe(
      true,
    );
  });

  it('keeps authorization headers, query strings and identity codes out of the log', async () => {
    running = await startTestService();
    await fetch(
      queryUrl(running.service.url, 'greeting.echo', { name: 'Aino', identityCode: '131052-308T' }),
      {
        headers: { authorization: 'Bearer secret-token-value' },
      },
    );
    await fetch(queryUrl(running.service.url, 'failures.internal'));
    await fetch(`${running.service.url}/trpc/131052%2B308T`);
    const text = running.logs.text();
    expect(text).not.toContain('131052%2B308T');
    expect(text).toContain('"path":"/trpc/greeting.echo"');
    expect(text).not.toContain('secret-token-value');
    expect(text).not.toContain('131052-308T');
    expect(text).not.toContain('010101-123N');
    expect(text).toContain('[identity code]');
  });
});
