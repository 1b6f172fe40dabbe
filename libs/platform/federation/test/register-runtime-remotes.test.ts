import { describe, expect, it, vi } from 'vitest';
import {
  isRemoteLoadFailure,
  registerRuntimeRemotes,
  remoteFallbackPlugin,
  type FederationRuntime,
} from '../src';

describe('registerRuntimeRemotes', () => {
  it('registers each remote by its mf-manifest.json URL, and the fallback plugin', () => {
    const runtime = { registerRemotes: vi.fn(), registerPlugins: vi.fn() };
    registerRuntimeRemotes(
      {
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
      },
      runtime as unknown as FederationRuntime,
    );
    expect(runtime.registerRemotes).toHaveBeenCalledWith(
      [{ name: 'booking', entry: 'http://127.0.0.1:4301/mf-manifest.json' }],
      { force: true },
    );
    expect(runtime.registerPlugins.mock.calls[0]?.[0][0].name).toBe('asiointi-remote-fallback');
  });
});

describe('remoteFallbackPlugin', () => {
  const errorLoadRemote = remoteFallbackPlugin().errorLoadRemote as (args: object) => unknown;

  it('turns a failed load into a failure marker instead of a rejection', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = errorLoadRemote({
      id: 'booking/Module',
      error: new Error('down'),
      lifecycle: 'onLoad',
      from: 'runtime',
    });
    expect(isRemoteLoadFailure(result)).toBe(true);
  });

  it('lets earlier stages fail through, so the runtime does not cache a broken manifest', () => {
    const result = errorLoadRemote({
      id: 'http://x/mf-manifest.json',
      error: new Error('down'),
      lifecycle: 'afterResolve',
      from: 'runtime',
    });
    expect(result).toBeUndefined();
  });
});
