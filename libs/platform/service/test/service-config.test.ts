import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServiceConfig, ServiceConfigError } from '../src/index';

describe('readServiceConfig', () => {
  it('uses the service defaults under built-in ones when the environment is empty', () => {
    const config = readServiceConfig({}, { port: 4401, dataDir: '.data/booking' });
    expect(config).toEqual({
      port: 4401,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('.data/booking'),
      corsOrigins: [],
      logLevel: 'info',
      bodyLimitBytes: 262144,
      rateLimitPerMinute: 600,
      trustProxy: false,
      migrationsDir: undefined,
      oidcIssuer: undefined,
      oidcAudience: 'asiointi-services',
      oidcJwksUrl: undefined,
      relationsUrl: undefined,
      personsUrl: undefined,
      unitsUrl: undefined,
      linkTokenSecret: undefined,
    });
  });

  it('reads every variable from the environment over the defaults', () => {
    const config = readServiceConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://booking@db:5432/asiointi',
        DATA_DIR: '/var/lib/booking',
        CORS_ORIGINS: 'https://asiointi.example.fi, http://localhost:4200',
        LOG_LEVEL: 'warn',
        BODY_LIMIT_BYTES: '65536',
        RATE_LIMIT_PER_MINUTE: '120',
        TRUST_PROXY: 'true',
        MIGRATIONS_DIR: '/app/migrations',
        OIDC_ISSUER: 'https://tunnistus.example.fi/oidc',
        OIDC_AUDIENCE: 'pohde-services',
        OIDC_JWKS_URL: 'https://tunnistus.example.fi/oidc/keys',
        RELATIONS_URL: 'https://valtuudet.example.fi/relations',
        PERSONS_URL: 'https://vtj.example.fi/persons',
        UNITS_URL: 'https://organisaatiot.example.fi/units',
        LINK_TOKEN_SECRET: 'k'.repeat(40),
      },
      { port: 4401 },
    );
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://booking@db:5432/asiointi',
      dataDir: '/var/lib/booking',
      corsOrigins: ['https://asiointi.example.fi', 'http://localhost:4200'],
      logLevel: 'warn',
      bodyLimitBytes: 65536,
      rateLimitPerMinute: 120,
      trustProxy: true,
      migrationsDir: '/app/migrations',
      oidcIssuer: 'https://tunnistus.example.fi/oidc',
      oidcAudience: 'pohde-services',
      oidcJwksUrl: 'https://tunnistus.example.fi/oidc/keys',
      relationsUrl: 'https://valtuudet.example.fi/relations',
      personsUrl: 'https://vtj.example.fi/persons',
      unitsUrl: 'https://organisaatiot.example.fi/units',
      linkTokenSecret: 'k'.repeat(40),
    });
  });

  it('keeps the issuer exactly as given and finds relations, persons and units next to it unless told otherwise', () => {
    const config = readServiceConfig({ OIDC_ISSUER: 'http://127.0.0.1:4500/' });
    expect(config.oidcIssuer).toBe('http://127.0.0.1:4500/');
    expect(config.relationsUrl).toBe('http://127.0.0.1:4500/relations');
    expect(config.personsUrl).toBe('http://127.0.0.1:4500/persons');
    expect(config.unitsUrl).toBe('http://127.0.0.1:4500/units');
    expect(readServiceConfig({}, { oidcIssuer: 'http://127.0.0.1:4500' }).relationsUrl).toBe(
      'http://127.0.0.1:4500/relations',
    );
  });

  it('treats empty variables as unset', () => {
    expect(readServiceConfig({ PORT: '', DATABASE_URL: ' ' }, { port: 4401 })).toMatchObject({
      port: 4401,
      databaseUrl: undefined,
    });
  });

  it('names every invalid variable in one clear error, without echoing values', () => {
    const read = () =>
      readServiceConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://root:topsecret@db/x',
        CORS_ORIGINS: 'https://ok.example.fi,https://bad.example.fi/path',
        LOG_LEVEL: 'loud',
        RATE_LIMIT_PER_MINUTE: '0',
        OIDC_ISSUER: 'tunnistus.example.fi',
        RELATIONS_URL: 'ftp://valtuudet.example.fi',
        PERSONS_URL: 'vtj.example.fi/persons',
        UNITS_URL: 'organisaatiot.example.fi/units',
        LINK_TOKEN_SECRET: 'short-secret-do-not-echo',
      });
    expect(read).toThrow(ServiceConfigError);
    const message = (() => {
      try {
        read();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^Invalid service configuration: /);
    const names = [
      'PORT',
      'DATABASE_URL',
      'CORS_ORIGINS',
      'LOG_LEVEL',
      'RATE_LIMIT_PER_MINUTE',
      'OIDC_ISSUER',
      'RELATIONS_URL',
      'PERSONS_URL',
      'UNITS_URL',
      'LINK_TOKEN_SECRET',
    ];
    for (const name of names) {
      expect(message).toContain(`${name}:`);
    }
    expect(message).not.toContain('topsecret');
    expect(message).not.toContain('short-secret-do-not-echo');
  });

  it('refuses a port out of range', () => {
    expect(() => readServiceConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
