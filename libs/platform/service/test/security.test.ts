import { afterEach, describe, expect, it } from 'vitest';
import { queryUrl, startTestService } from './support/start-test-service';

describe('security', () => {
  let running: Awaited<ReturnType<typeof startTestService>> | undefined;
  afterEach(async () => {
    await running?.service.close();
    running = undefined;
  });

  it('allows listed origins only', async () => {
    running = await startTestService({ config: { corsOrigins: ['https://asiointi.example.fi'] } });
    const url = queryUrl(running.service.url, 'greeting.echo', { name: 'Aino' });

    const allowed = await fetch(url, { headers: { origin: 'https://asiointi.example.fi' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://asiointi.example.fi');
    expect(allowed.headers.get('access-control-expose-headers')).toContain('x-request-id');

    const refused = await fetch(url, { headers: { origin: 'https://evil.example.com' } });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await fetch(`${running.service.url}/trpc/slow`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://asiointi.example.fi',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://asiointi.example.fi');
  });

  it('sends security headers fit for a JSON API and forbids caching', async () => {
    running = await startTestService();
    const response = await fetch(`${running.service.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a body over the limit with 413 and a stable code', async () => {
    running = await startTestService({ config: { bodyLimitBytes: 1024 } });
    const response = await fetch(`${running.service.url}/trpc/slow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload: 'x'.repeat(2048) }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.error.message).toBe('PAYLOAD_TOO_LARGE');
  });

  it('limits requests per client per minute, but never the probes', async () => {
    running = await startTestService({ config: { rateLimitPerMinute: 3 } });
    const url = queryUrl(running.service.url, 'greeting.echo', { name: 'Aino' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetch(url)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);

    const limited = await fetch(url);
    expect(((await limited.json()) as { error: { data: { code: string } } }).error.data.code).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(limited.headers.get('retry-after')).not.toBeNull();
    expect((await fetch(`${running.service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${running.service.url}/readyz`)).status).toBe(200);
  });

  it('answers a procedure path over the router’s limit with 414 in the same error envelope', async () => {
    running = await startTestService();
    const response = await fetch(`${running.service.url}/trpc/${'greeting.echo,'.repeat(400)}greeting.echo`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: {
        message: 'URI_TOO_LONG',
        code: -32600,
        data: { code: 'URI_TOO_LONG', trpcCode: 'BAD_REQUEST', httpStatus: 414 },
      },
    });
  });

  it('answers headers over Node’s limit with 431 in the same error envelope', async () => {
    running = await startTestService();
    const response = await fetch(`${running.service.url}/healthz`, { headers: { 'x-padding': 'x'.repeat(20_000) } });
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({
      error: {
        message: 'HEADERS_TOO_LARGE',
        code: -32600,
        data: { code: 'HEADERS_TOO_LARGE', trpcCode: 'BAD_REQUEST', httpStatus: 431 },
      },
    });
  });

  it('answers an unknown route with the same error envelope', async () => {
    running = await startTestService();
    const response = await fetch(`${running.service.url}/admin`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        message: 'NOT_FOUND',
        code: -32004,
        data: { code: 'NOT_FOUND', trpcCode: 'NOT_FOUND', httpStatus: 404 },
      },
    });
  });
});
