import { describe, expect, it } from 'vitest';
import { loadRuntimeManifest, RuntimeManifestError } from '../src';

const valid = {
  remotes: [
    {
      name: 'booking',
      manifestUrl: 'http://127.0.0.1:4301/mf-manifest.json',
      apiUrl: 'http://127.0.0.1:4401',
      version: '0.1.0',
      title: { fi: 'Ajanvaraus', sv: 'Tidsbokning', en: 'Appointment booking' },
      description: { fi: 'Varaa aika.', sv: 'Boka en tid.', en: 'Book an appointment.' },
      staff: { path: 'staff', title: { fi: 'Ajanvarausten hallinta', sv: 'Hantering av tidsbokningar', en: 'Appointment management' } },
    },
  ],
};

function respondWith(response: Response | Error): typeof fetch {
  return async () => {
    if (response instanceof Error) throw response;
    return response;
  };
}

describe('loadRuntimeManifest', () => {
  it('returns the validated manifest', async () => {
    const fetch = respondWith(new Response(JSON.stringify(valid)));
    await expect(loadRuntimeManifest('/remotes.json', { fetch })).resolves.toEqual(valid);
  });

  it('asks the server every time (no cached copy)', async () => {
    let init: RequestInit | undefined;
    const fetch: typeof globalThis.fetch = async (_url, options) => {
      init = options;
      return new Response(JSON.stringify(valid));
    };
    await loadRuntimeManifest('/remotes.json', { fetch });
    expect(init?.cache).toBe('no-cache');
  });

  it('says which file failed and with what status', async () => {
    const fetch = respondWith(new Response('missing', { status: 404 }));
    await expect(loadRuntimeManifest('/remotes.json', { fetch })).rejects.toThrow(
      new RuntimeManifestError('Could not fetch the remote manifest /remotes.json: HTTP 404'),
    );
  });

  it('reports a network failure', async () => {
    const fetch = respondWith(new TypeError('Failed to fetch'));
    await expect(loadRuntimeManifest('/remotes.json', { fetch })).rejects.toThrow(
      /Could not fetch.*Failed to fetch/,
    );
  });

  it('reports a file that is not JSON', async () => {
    const fetch = respondWith(new Response('<html>'));
    await expect(loadRuntimeManifest('/remotes.json', { fetch })).rejects.toThrow(
      'The remote manifest /remotes.json is not JSON',
    );
  });

  it('reports what is invalid and where', async () => {
    const fetch = respondWith(
      new Response(JSON.stringify({ remotes: [{ ...valid.remotes[0], name: 'Payments' }] })),
    );
    const error = await loadRuntimeManifest('/remotes.json', { fetch }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RuntimeManifestError);
    expect((error as Error).message).toMatch(/not valid/);
    expect((error as Error).message).toMatch(/remotes\[0\]\.name/);
  });
});
