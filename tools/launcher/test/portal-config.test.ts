import { describe, expect, it } from 'vitest';
import { readPortalConfig } from '../src/portal-config';

describe('embedded portal configuration', () => {
  it('has fixed, documented default ports', () => {
    const config = readPortalConfig({});
    expect(config.shellPort).toBe(4200);
    expect(config.ports?.booking).toEqual({ remote: 4301, service: 4401 });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('takes ports and the database from the environment', () => {
    const config = readPortalConfig({ SHELL_PORT: '8080', BOOKING_SERVICE_PORT: '0', DATABASE_URL: 'postgres://db/x' });
    expect(config.shellPort).toBe(8080);
    expect(config.ports?.booking?.service).toBe(0);
    expect(config.databaseUrl).toBe('postgres://db/x');
  });

  it('refuses a port that is not one', () => {
    expect(() => readPortalConfig({ SHELL_PORT: 'eighty' })).toThrow();
    expect(() => readPortalConfig({ BOOKING_REMOTE_PORT: '70000' })).toThrow();
  });
});
