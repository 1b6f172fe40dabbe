import { getInstance, init } from '@module-federation/runtime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRemotes } from '../src/app/load-remotes';
import { retryOnceUnlessRefused } from '../src/app/create-query-client';

const manifest = {
  remotes: [
    {
      name: 'booking',
      manifestUrl: 'http://127.0.0.1:4301/mf-manifest.json',
      apiUrl: 'http://127.0.0.1:4401',
      version: '0.1.0',
      title: { fi: 'Ajanvaraus', sv: 'Tidsbokning', en: 'Appointment booking' },
      description: { fi: 'Varaa aika.', sv: 'Boka en tid.', en: 'Book an appointment.' },
      staff: {
        path: 'staff',
        title: {
          fi: 'Ajanvarausten hallinta',
          sv: 'Hantering av tidsbokningar',
          en: 'Appointment management',
        },
      },
    },
  ],
};

describe('loadRemotes', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('registers the remotes of remotes.json with the federation runtime', async () => {
    init({ name: 'shell', remotes: [] });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(manifest))),
    );
    await expect(loadRemotes()).resolves.toEqual({ remotes: manifest.remotes, manifestUnavailable: false });
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('/remotes.json');
    expect(getInstance()?.options.remotes.map(({ name }) => name)).toEqual(['booking']);
  });

  it('starts without modules when remotes.json is missing or broken', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"remotes":[{"name":"x"}]}')),
    );
    await expect(loadRemotes()).resolves.toEqual({ remotes: [], manifestUnavailable: true });
  });
});

describe('retryOnceUnlessRefused', () => {
  it('retries once, but not an answer the server gave on purpose', () => {
    expect(retryOnceUnlessRefused(0, new Error('network'))).toBe(true);
    expect(retryOnceUnlessRefused(1, new Error('network'))).toBe(false);
    expect(retryOnceUnlessRefused(0, { data: { httpStatus: 404 } })).toBe(false);
    expect(retryOnceUnlessRefused(0, { data: { httpStatus: 503 } })).toBe(true);
  });
});
