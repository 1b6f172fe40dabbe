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
    const config = readPortalConfig({
      SHELL_PORT: '8080',
      BOOKING_SERVICE_PORT: '0',
      DATABASE_URL: 'postgres://db/x',
    });
    expect(config.shellPort).toBe(8080);
    expect(config.ports?.booking?.service).toBe(0);
    expect(config.databaseUrl).toBe('postgres://db/x');
  });

  it('takes the link secret, production mode and the portal address for reminder links', () => {
    expect(readPortalConfig({})).toMatchObject({
      linkTokenSecret: undefined,
      production: false,
      portalUrl: undefined,
    });
    const config = readPortalConfig({
      LINK_TOKEN_SECRET: ' a-configured-secret-of-enough-length-0001 ',
      NODE_ENV: 'production',
      PORTAL_URL: 'https://asiointi.example.fi',
    });
    expect(config).toMatchObject({
      linkTokenSecret: 'a-configured-secret-of-enough-length-0001',
      production: true,
      portalUrl: 'https://asiointi.example.fi',
    });
    expect(() => readPortalConfig({ PORTAL_URL: 'asiointi.example.fi' })).toThrow();
  });

  it('refuses a port that is not one', () => {
    expect(() => readPortalConfig({ SHELL_PORT: 'eighty' })).toThrow();
    expect(() => readPortalConfig({ BOOKING_REMOTE_PORT: '70000' })).toThrow();
  });
});

describe('sign-in configuration', () => {
  it('uses the development provider unless an issuer is given', () => {
    expect(readPortalConfig({}).externalIdentity).toBeUndefined();
    expect(readPortalConfig({}).identityPort).toBe(4500);
  });

  it('points the portal at the region’s identity broker by issuer URL', () => {
    const config = readPortalConfig({
      OIDC_ISSUER: 'https://tunnistus.example.fi/',
      OIDC_CLIENT_ID: 'portal',
    });
    expect(config.externalIdentity).toEqual({
      issuer: 'https://tunnistus.example.fi/',
      clientId: 'portal',
      scope: 'openid profile roles',
      relationsUrl: 'https://tunnistus.example.fi/relations',
      unitsUrl: 'https://tunnistus.example.fi/units',
    });
  });

  it('takes the unit directory from the region’s organisation register when it is named', () => {
    const config = readPortalConfig({
      OIDC_ISSUER: 'https://tunnistus.example.fi',
      UNITS_URL: 'https://organisaatiot.example.fi/units',
    });
    expect(config.externalIdentity?.unitsUrl).toBe('https://organisaatiot.example.fi/units');
    expect(() => readPortalConfig({ OIDC_ISSUER: 'https://tunnistus.example.fi', UNITS_URL: 'units' })).toThrow();
  });
});
