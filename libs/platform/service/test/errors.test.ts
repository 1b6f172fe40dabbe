import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryUrl, startTestService } from './support/start-test-service';

interface ErrorBody {
  error: {
    message: string;
    code: number;
    data: { code: string; trpcCode: string; httpStatus: number; issues?: unknown };
  };
}

describe('errors as callers see them', () => {
  let running: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    running = await startTestService();
  });
  afterAll(() => running.service.close());

  it('turns zod issues into VALIDATION_FAILED with paths and codes, echoing nothing', async () => {
    const response = await fetch(
      queryUrl(running.service.url, 'greeting.echo', { name: 'Å', identityCode: 42 }),
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: {
        message: 'VALIDATION_FAILED',
        code: -32600,
        data: {
          code: 'VALIDATION_FAILED',
          trpcCode: 'BAD_REQUEST',
          httpStatus: 400,
          issues: [
            { path: ['name'], code: 'too_small' },
            { path: ['identityCode'], code: 'invalid_type' },
          ],
        },
      },
    });
    expect(text).not.toContain('stack');
    expect(text).not.toContain('Å');
  });

  it('answers an internal failure with INTERNAL only, and logs the cause with the request id', async () => {
    const response = await fetch(queryUrl(running.service.url, 'failures.internal'), {
      headers: { 'x-request-id': 'internal-1' },
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect((JSON.parse(text) as ErrorBody).error).toEqual({
      message: 'INTERNAL',
      code: -32603,
      data: { code: 'INTERNAL', trpcCode: 'INTERNAL_SERVER_ERROR', httpStatus: 500 },
    });
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('stack');

    const logged = running.logs.lines.find(
      (line) => line.requestId === 'internal-1' && line.msg === 'procedure failed',
    );
    expect(logged).toMatchObject({ level: 'error', procedure: 'failures.internal' });
    expect((logged?.err as { stack: string }).stack).toContain('test-router.ts');
  });

  it('maps a domain error to its code and HTTP meaning', async () => {
    const response = await fetch(`${running.service.url}/trpc/failures.domain`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorBody).error.data).toEqual({
      code: 'SLOT_TAKEN',
      trpcCode: 'CONFLICT',
      httpStatus: 409,
    });
  });

  it('passes an ApiError code through', async () => {
    const response = await fetch(queryUrl(running.service.url, 'failures.expected'));
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).error.data.code).toBe('UNIT_NOT_FOUND');
  });

  it('does not echo an unknown procedure name', async () => {
    const response = await fetch(queryUrl(running.service.url, 'lookup<script>'));
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain('script');
    expect((JSON.parse(text) as ErrorBody).error.data.code).toBe('NOT_FOUND');
  });

  it('keeps per-call codes in a batch', async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: { name: 'Aino' }, 1: {} }));
    const response = await fetch(
      `${running.service.url}/trpc/greeting.echo,failures.expected?batch=1&input=${input}`,
    );
    expect(response.status).toBe(207);
    const [ok, failed] = (await response.json()) as [{ result: unknown }, ErrorBody];
    expect(ok.result).toMatchObject({ data: { text: 'Hei Aino' } });
    expect(failed.error.data.code).toBe('UNIT_NOT_FOUND');
  });
});

describe('batches', () => {
  it('refuses a batch larger than the limit with a stable code', async () => {
    const running = await startTestService();
    try {
      const paths = Array.from({ length: 26 }, () => 'greeting.echo').join(',');
      const input = encodeURIComponent(
        JSON.stringify(Object.fromEntries(Array.from({ length: 26 }, (_, i) => [i, { name: 'Aino' }]))),
      );
      const response = await fetch(`${running.service.url}/trpc/${paths}?batch=1&input=${input}`);
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).toContain('"code":"BAD_REQUEST"');
      expect(text).not.toContain('greeting.echo');
    } finally {
      await running.service.close();
    }
  });
});
