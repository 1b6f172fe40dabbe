import { unitDirectoryResponseSchema } from '@asiointi/platform-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_UNIT_IDS, TEST_UNITS } from '../src/units/test-units';
import { startTestIdp, type TestIdp } from './support/start-test-idp';

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

describe('GET /units', () => {
  it('serves the whole directory without a token, within the contract, for clients to keep a while', async () => {
    expect(idp.unitsUrl).toBe(`${idp.issuer}/units`);
    const response = await fetch(idp.unitsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const { units } = unitDirectoryResponseSchema.parse(await response.json());
    expect(units).toEqual(TEST_UNITS);
    expect(units.map((unit) => unit.id).sort()).toEqual(Object.values(TEST_UNIT_IDS).sort());
  });

  it('names the client-guidance unit in every language', async () => {
    const { units } = unitDirectoryResponseSchema.parse(await (await fetch(idp.unitsUrl)).json());
    expect(units.find((unit) => unit.id === TEST_UNIT_IDS.clientGuidance)?.name).toEqual({
      fi: 'Asiakasohjaus',
      sv: 'Klienthandledning',
      en: 'Client guidance',
    });
  });

  it('lets a loopback shell origin read it, and no other origin', async () => {
    const allowed = await fetch(idp.unitsUrl, { headers: { origin: 'http://127.0.0.1:51234' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:51234');
    const preflight = await fetch(idp.unitsUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:4200', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, OPTIONS');
    const other = await fetch(idp.unitsUrl, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers other methods 405 and a sub-path 404', async () => {
    const post = await fetch(idp.unitsUrl, { method: 'POST', body: '{}' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET']);
    expect((await fetch(`${idp.unitsUrl}/${TEST_UNIT_IDS.familyCentre}`)).status).toBe(404);
  });
});
