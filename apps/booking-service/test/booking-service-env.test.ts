import { ServiceConfigError } from '@asiointi/platform-service';
import { describe, expect, it } from 'vitest';
import { readBookingServiceEnv } from '../src/booking-service-env';

const secret = { linkTokenSecret: 's'.repeat(40) };

describe('readBookingServiceEnv', () => {
  it('defaults to the local portal, the in-process bus and demo data', () => {
    expect(readBookingServiceEnv({}, { linkTokenSecret: undefined })).toEqual({
      portalUrl: 'http://127.0.0.1:4200',
      natsServers: undefined,
      seedDemoData: true,
    });
  });

  it('reads the portal address, NATS servers and SEED_DEMO_DATA', () => {
    expect(
      readBookingServiceEnv(
        {
          PORTAL_URL: 'https://asiointi.example.fi/',
          NATS_URL: 'nats://nats-1:4222, nats://nats-2:4222',
          SEED_DEMO_DATA: 'false',
          NODE_ENV: 'production',
        },
        secret,
      ),
    ).toEqual({
      portalUrl: 'https://asiointi.example.fi',
      natsServers: ['nats://nats-1:4222', 'nats://nats-2:4222'],
      seedDemoData: false,
    });
  });

  it('refuses to start in production without LINK_TOKEN_SECRET, naming every problem without values', () => {
    const read = () =>
      readBookingServiceEnv(
        { NODE_ENV: 'production', PORTAL_URL: 'asiointi.example.fi', NATS_URL: 'http://user:hunter2@nats' },
        { linkTokenSecret: undefined },
      );
    expect(read).toThrow(ServiceConfigError);
    expect(read).toThrow(/LINK_TOKEN_SECRET: required in production/);
    expect(read).toThrow(/PORTAL_URL: .*; NATS_URL: /);
    expect(read).not.toThrow(/hunter2/);
    expect(() =>
      readBookingServiceEnv({ NODE_ENV: 'development' }, { linkTokenSecret: undefined }),
    ).not.toThrow();
  });
});
