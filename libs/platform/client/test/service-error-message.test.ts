import { describe, expect, it } from 'vitest';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import { createModuleClient, serviceErrorMessageKey } from '../src/index';
import { fakeModuleService, rawServerMessage, refusal } from '../src/testing';

interface AnyClient {
  thing: { get: { query(): Promise<unknown> } };
}

async function failureOf(code: string, status: number): Promise<unknown> {
  const service = fakeModuleService({
    'thing.get': () => {
      throw refusal(code, status);
    },
  });
  const client = createModuleClient(`http://service`, {
    language: 'fi',
    auth: anonymousRemoteAuth,
    fetch: service.fetch,
  }) as unknown as AnyClient;
  return client.thing.get.query().catch((error: unknown) => error);
}

describe('serviceErrorMessageKey', () => {
  it('words the platform’s codes, and a module’s own codes first', async () => {
    expect(serviceErrorMessageKey(await failureOf('FORBIDDEN', 403))).toBe('serviceErrors.forbidden');
    expect(serviceErrorMessageKey(await failureOf('UNITS_UNAVAILABLE', 503))).toBe(
      'serviceErrors.temporarilyUnavailable',
    );
    expect(serviceErrorMessageKey(await failureOf('DATABASE_UNAVAILABLE', 503))).toBe(
      'serviceErrors.temporarilyUnavailable',
    );
    expect(serviceErrorMessageKey(await failureOf('VALIDATION_FAILED', 400))).toBe(
      'serviceErrors.invalidRequest',
    );
    expect(serviceErrorMessageKey(await failureOf('URI_TOO_LONG', 414))).toBe('serviceErrors.invalidRequest');
    expect(serviceErrorMessageKey(await failureOf('HEADERS_TOO_LARGE', 431))).toBe('serviceErrors.invalidRequest');
    const unitMissing = await failureOf('UNIT_NOT_FOUND', 404);
    expect(serviceErrorMessageKey(unitMissing, { UNIT_NOT_FOUND: 'errors.unitNotFound' })).toBe(
      'errors.unitNotFound',
    );
    expect(serviceErrorMessageKey(unitMissing)).toBe('serviceErrors.generic');
  });

  it('tells a network failure apart, and never passes the server’s own text on', async () => {
    const offline = fakeModuleService({}, { offline: true });
    const client = createModuleClient('http://service', {
      language: 'fi',
      auth: anonymousRemoteAuth,
      fetch: offline.fetch,
    }) as unknown as AnyClient;
    expect(serviceErrorMessageKey(await client.thing.get.query().catch((error: unknown) => error))).toBe(
      'serviceErrors.network',
    );
    expect(serviceErrorMessageKey(new Error(rawServerMessage))).toBe('serviceErrors.generic');
  });
});
