import { describe, expect, it } from 'vitest';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import { createModuleClient, retryUnlessRefused } from '../src/index';
import { inProcessService, type TestRouter } from './in-process-service';

describe('retryUnlessRefused', () => {
  it('never retries an answer the service gave on purpose', async () => {
    const service = inProcessService();
    const client = createModuleClient<TestRouter>('http://service', {
      language: 'fi',
      auth: anonymousRemoteAuth,
      fetch: service.fetch,
    });
    const refusal = await client.units.get.query({ id: 'nope' }).catch((error: unknown) => error);
    expect(retryUnlessRefused(0, refusal)).toBe(false);
  });

  it('retries a failure without an answer once', () => {
    const failure = new Error('socket hang up');
    expect(retryUnlessRefused(0, failure)).toBe(true);
    expect(retryUnlessRefused(1, failure)).toBe(false);
  });
});
