import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPortalConfig } from '../../src/auth/portal-config';

const config = {
  identity: { issuer: 'http://127.0.0.1:4500', clientId: 'asiointi-shell', scope: 'openid profile roles' },
  relationsUrl: 'http://127.0.0.1:4500/relations',
  unitsUrl: 'http://127.0.0.1:4500/units',
  sessionIdleMinutes: 15,
};

describe('loadPortalConfig', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads /portal-config.json, never from a cache', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(config)));
    await expect(loadPortalConfig(undefined, fetch)).resolves.toEqual(config);
    expect(fetch).toHaveBeenCalledWith('/portal-config.json', expect.objectContaining({ cache: 'no-cache' }));
  });

  it('still signs in without a unit directory (units are then named in general words)', async () => {
    const { unitsUrl: _unitsUrl, ...withoutUnits } = config;
    await expect(
      loadPortalConfig(undefined, async () => new Response(JSON.stringify(withoutUnits))),
    ).resolves.toEqual(withoutUnits);
  });

  it.each([
    [
      'with a unit directory that is not a web address',
      new Response(JSON.stringify({ ...config, unitsUrl: 'units' })),
    ],
    ['missing', new Response('no', { status: 503 })],
    ['not JSON', new Response('<html>')],
    [
      'without an issuer',
      new Response(JSON.stringify({ ...config, identity: { clientId: 'x', scope: 'openid' } })),
    ],
    [
      'with an idle time too short for the warning',
      new Response(JSON.stringify({ ...config, sessionIdleMinutes: 2 })),
    ],
  ])('answers undefined when the config is %s (the portal runs without sign-in)', async (_case, response) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(loadPortalConfig(undefined, async () => response)).resolves.toBeUndefined();
  });
});
