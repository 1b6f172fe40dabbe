import { describe, expect, it } from 'vitest';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { createModuleClient, errorCodeOf, httpStatusOf, isNetworkFailure, maxBatchItems } from '../src/index';
import { inProcessService, type TestRouter } from './in-process-service';

const apiUrl = 'http://127.0.0.1:4401/';
const child = { subject: 'a51d0000-0000-4000-8000-000000000002', displayName: 'Eetu Virtanen' };

function resident(overrides: Partial<RemoteAuth> = {}): RemoteAuth {
  return {
    ...anonymousRemoteAuth,
    principalKind: 'resident',
    getAccessToken: async () => 'token-1',
    ...overrides,
  };
}

describe('createModuleClient', () => {
  it('calls anonymously when nobody is signed in, in the portal’s language', async () => {
    const service = inProcessService();
    const client = createModuleClient<TestRouter>(apiUrl, {
      language: 'sv',
      auth: anonymousRemoteAuth,
      fetch: service.fetch,
    });
    const units = await client.units.list.query();
    expect(units[0]?.language).toBe('sv');
    expect(service.paths).toEqual(['/trpc/units.list']);
    expect(service.headers[0]?.get('authorization')).toBeNull();
  });

  it('sends the resident’s token and whom they act for', async () => {
    const service = inProcessService();
    const client = createModuleClient<TestRouter>(apiUrl, {
      language: 'fi',
      auth: resident({ actingFor: child }),
      fetch: service.fetch,
    });
    await client.units.list.query();
    expect(service.headers[0]?.get('authorization')).toBe('Bearer token-1');
    expect(service.headers[0]?.get('x-acting-for')).toBe(child.subject);
  });

  it('asks for the token at each call, so a renewed one is sent', async () => {
    const service = inProcessService();
    let renewals = 0;
    const auth = resident({ getAccessToken: async () => `token-${++renewals}` });
    const client = createModuleClient<TestRouter>(apiUrl, {
      language: 'fi',
      auth: () => auth,
      fetch: service.fetch,
    });
    await client.units.list.query();
    await client.units.list.query();
    expect(service.headers.map((headers) => headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it(`never batches more than ${maxBatchItems} calls into one request (the services refuse more)`, async () => {
    const service = inProcessService();
    const client = createModuleClient<TestRouter>(apiUrl, {
      language: 'fi',
      auth: anonymousRemoteAuth,
      fetch: service.fetch,
    });
    await Promise.all(Array.from({ length: 30 }, () => client.units.list.query()));
    expect(service.paths.map((path) => path.replace('/trpc/', '').split(',').length)).toEqual([25, 5]);
  });

  it('gives the typed code and status of a refusal, and tells a network failure apart', async () => {
    const service = inProcessService();
    const client = createModuleClient<TestRouter>(apiUrl, {
      language: 'fi',
      auth: anonymousRemoteAuth,
      fetch: service.fetch,
    });
    const refusal = await client.units.get.query({ id: 'nope' }).catch((error: unknown) => error);
    expect(errorCodeOf(refusal)).toBe('UNIT_NOT_FOUND');
    expect(httpStatusOf(refusal)).toBe(404);
    expect(isNetworkFailure(refusal)).toBe(false);

    const offline = createModuleClient<TestRouter>(apiUrl, {
      language: 'fi',
      auth: anonymousRemoteAuth,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const failure = await offline.units.list.query().catch((error: unknown) => error);
    expect(isNetworkFailure(failure)).toBe(true);
    expect(errorCodeOf(failure)).toBeUndefined();
  });
});
