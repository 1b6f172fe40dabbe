import { describe, expect, it } from 'vitest';
import { readModuleServiceEnv, ServiceConfigError } from '../src/index';

const secret = { linkTokenSecret: 's'.repeat(40) };
const sealsLinks = { needsLinkTokenSecret: true, needsNotificationGateway: false };

describe('readModuleServiceEnv', () => {
  it('defaults to the local portal, the in-process bus and demo data', () => {
    expect(readModuleServiceEnv({}, { linkTokenSecret: undefined }, sealsLinks)).toEqual({
      portalUrl: 'http://127.0.0.1:4200',
      natsServers: undefined,
      seedDemoData: true,
      notificationGateway: undefined,
    });
  });

  it('reads the portal address, NATS servers and SEED_DEMO_DATA', () => {
    expect(
      readModuleServiceEnv(
        {
          PORTAL_URL: 'https://asiointi.example.fi/',
          NATS_URL: 'nats://nats-1:4222, nats://nats-2:4222',
          SEED_DEMO_DATA: 'false',
          NODE_ENV: 'production',
        },
        secret,
        sealsLinks,
      ),
    ).toEqual({
      portalUrl: 'https://asiointi.example.fi',
      natsServers: ['nats://nats-1:4222', 'nats://nats-2:4222'],
      seedDemoData: false,
      notificationGateway: undefined,
    });
  });

  it('refuses to start in production without LINK_TOKEN_SECRET, naming every problem without values', () => {
    const read = () =>
      readModuleServiceEnv(
        { NODE_ENV: 'production', PORTAL_URL: 'asiointi.example.fi', NATS_URL: 'http://user:hunter2@nats' },
        { linkTokenSecret: undefined },
        sealsLinks,
      );
    expect(read).toThrow(ServiceConfigError);
    expect(read).toThrow(/LINK_TOKEN_SECRET: required in production/);
    expect(read).toThrow(/PORTAL_URL: .*; NATS_URL: /);
    expect(read).not.toThrow(/hunter2/);
    expect(() =>
      readModuleServiceEnv({ NODE_ENV: 'development' }, { linkTokenSecret: undefined }, sealsLinks),
    ).not.toThrow();
  });

  it('needs no link secret for a module that sends no links', () => {
    expect(() =>
      readModuleServiceEnv(
        { NODE_ENV: 'production' },
        { linkTokenSecret: undefined },
        { needsLinkTokenSecret: false, needsNotificationGateway: false },
      ),
    ).not.toThrow();
  });

  it('refuses to start in production when the module sends notifications and no gateway is configured', () => {
    const sendsWithoutGateway = { needsLinkTokenSecret: false, needsNotificationGateway: true };
    const read = (NODE_ENV: string) => () => readModuleServiceEnv({ NODE_ENV }, secret, sendsWithoutGateway);
    expect(read('production')).toThrow(ServiceConfigError);
    expect(read('production')).toThrow(/NOTIFICATION_GATEWAY_URL: required in production/);
    // Outside production the development gateway stands in (the log names the template only).
    expect(read('development')).not.toThrow();
  });

  it('takes the gateway from NOTIFICATION_GATEWAY_URL and its token, refusing a URL that is not http(s)', () => {
    const sendsWithoutGateway = { needsLinkTokenSecret: false, needsNotificationGateway: true };
    const production = {
      NODE_ENV: 'production',
      NOTIFICATION_GATEWAY_URL: 'https://viestit.example.fi/v1/messages',
      NOTIFICATION_GATEWAY_TOKEN: 'gateway-token',
    };
    expect(readModuleServiceEnv(production, secret, sendsWithoutGateway).notificationGateway).toEqual({
      url: 'https://viestit.example.fi/v1/messages',
      token: 'gateway-token',
    });
    const notHttp = { ...production, NOTIFICATION_GATEWAY_URL: 'ftp://viestit.example.fi/gateway-token' };
    expect(() => readModuleServiceEnv(notHttp, secret, sendsWithoutGateway)).toThrow(ServiceConfigError);
    expect(() => readModuleServiceEnv(notHttp, secret, sendsWithoutGateway)).not.toThrow(/gateway-token/);
  });
});
