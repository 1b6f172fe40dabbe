import { describe, expect, it } from 'vitest';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { createBookingClient, maxBatchItems } from '../src/api/create-booking-client';
import { fakeBookingFetch } from './fake-booking-service';

const apiUrl = 'http://127.0.0.1:4401/';
const eetu = { subject: 'a51d0000-0000-4000-8000-000000000002', displayName: 'Eetu Virtanen' };

function resident(overrides: Partial<RemoteAuth> = {}): RemoteAuth {
  return {
    ...anonymousRemoteAuth,
    principalKind: 'resident',
    getAccessToken: async () => 'token-1',
    ...overrides,
  };
}

describe('createBookingClient', () => {
  it('calls anonymously when nobody is signed in (the public catalogue)', async () => {
    const service = fakeBookingFetch();
    await createBookingClient(apiUrl, {
      language: 'sv',
      auth: anonymousRemoteAuth,
      fetch: service.fetch,
    }).units.list.query();
    expect(service.calls).toEqual(['/trpc/units.list']);
    expect(service.headers[0]?.get('authorization')).toBeNull();
    expect(service.headers[0]?.get('accept-language')).toBe('sv');
  });

  it('sends the bearer token of the signed-in resident', async () => {
    const service = fakeBookingFetch();
    await createBookingClient(apiUrl, {
      language: 'fi',
      auth: resident(),
      fetch: service.fetch,
    }).units.list.query();
    expect(service.headers[0]?.get('authorization')).toBe('Bearer token-1');
    expect(service.headers[0]?.get('x-acting-for')).toBeNull();
  });

  it('names the person the resident acts for', async () => {
    const service = fakeBookingFetch();
    const client = createBookingClient(apiUrl, {
      language: 'fi',
      auth: resident({ actingFor: eetu }),
      fetch: service.fetch,
    });
    await client.units.list.query();
    expect(service.headers[0]?.get('x-acting-for')).toBe(eetu.subject);
  });

  it('asks for the token at each call, so a renewed one is sent', async () => {
    const service = fakeBookingFetch();
    let renewals = 0;
    const auth = resident({ getAccessToken: async () => `token-${++renewals}` });
    const client = createBookingClient(apiUrl, { language: 'fi', auth, fetch: service.fetch });
    await client.units.list.query();
    await client.units.list.query();
    expect(service.headers.map((headers) => headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it(`never batches more than ${maxBatchItems} calls into one request (the service refuses more)`, async () => {
    const service = fakeBookingFetch();
    const client = createBookingClient(apiUrl, {
      language: 'fi',
      auth: anonymousRemoteAuth,
      fetch: service.fetch,
    });
    await Promise.all(Array.from({ length: 30 }, () => client.units.list.query()));
    const sizes = service.calls.map((path) => path.replace('/trpc/', '').split(',').length);
    expect(sizes).toEqual([25, 5]);
  });
});
