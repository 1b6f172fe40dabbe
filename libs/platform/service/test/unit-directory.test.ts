import { TEST_UNIT_IDS, TEST_UNITS } from '@asiointi/dev-idp';
import { type IdentityFixture, startIdentityFixture } from '@asiointi/dev-idp/testing';
import type { UnitDirectoryEntry } from '@asiointi/platform-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createUnitDirectory, readServiceConfig } from '../src/index';

const unitsUrl = 'https://organisaatiot.example.fi/units';
const kaijonharju = TEST_UNITS.find(
  (unit) => unit.id === TEST_UNIT_IDS.centralHealthCentre,
) as UnitDirectoryEntry;
const renamed: UnitDirectoryEntry = {
  ...kaijonharju,
  name: { ...kaijonharju.name, fi: 'Kaijonharjun sote-keskus' },
};

type Answer = () => Response | Promise<Response>;

/** A directory whose answers the test hands out one by one, counting the requests. */
function stubDirectory(...answers: Answer[]) {
  const requests: string[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    requests.push(String(input));
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    return answer();
  };
  return { requests, fetch: fetchImpl };
}

const directoryOf =
  (...units: UnitDirectoryEntry[]): Answer =>
  () =>
    Response.json({ units });
const unreachable: Answer = () => Promise.reject(new TypeError('fetch failed'));

function clock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('unit directory client', () => {
  it('reads the directory once and answers units, one unit and a name from the copy', async () => {
    const stub = stubDirectory(directoryOf(...TEST_UNITS));
    const directory = createUnitDirectory({ unitsUrl }, stub.fetch);
    expect(await directory.list()).toEqual(TEST_UNITS);
    expect(await directory.get(TEST_UNIT_IDS.familyCentre)).toMatchObject({ municipality: 'Oulu' });
    expect(await directory.nameOf(TEST_UNIT_IDS.clientGuidance)).toEqual({
      fi: 'Asiakasohjaus',
      sv: 'Klienthandledning',
      en: 'Client guidance',
    });
    expect(await directory.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(stub.requests).toEqual([unitsUrl]);
  });

  it('asks once for callers arriving together', async () => {
    let release: (response: Response) => void = () => undefined;
    const stub = stubDirectory(() => new Promise<Response>((resolve) => (release = resolve)));
    const directory = createUnitDirectory({ unitsUrl }, stub.fetch);
    const together = Promise.all([directory.list(), directory.nameOf(kaijonharju.id), directory.list()]);
    release(Response.json({ units: [kaijonharju] }));
    const [first, name, second] = await together;
    expect([first, name, second]).toEqual([[kaijonharju], kaijonharju.name, [kaijonharju]]);
    expect(stub.requests).toHaveLength(1);
  });

  it('asks again when the copy is older than its lifetime', async () => {
    const time = clock();
    const stub = stubDirectory(directoryOf(kaijonharju), directoryOf(renamed));
    const directory = createUnitDirectory({ unitsUrl }, stub.fetch, { ttlMs: 60_000, now: time.now });
    expect((await directory.nameOf(kaijonharju.id))?.fi).toBe('Kaijonharjun hyvinvointikeskus');
    time.advance(59_999);
    expect((await directory.nameOf(kaijonharju.id))?.fi).toBe('Kaijonharjun hyvinvointikeskus');
    expect(stub.requests).toHaveLength(1);
    time.advance(1);
    expect((await directory.nameOf(kaijonharju.id))?.fi).toBe('Kaijonharjun sote-keskus');
    expect(stub.requests).toHaveLength(2);
  });

  it('keeps serving the last good copy when the directory fails, and asks again after a pause', async () => {
    const time = clock();
    const stub = stubDirectory(
      directoryOf(kaijonharju),
      unreachable,
      () => new Response('{"units": "many"}', { status: 200 }),
      directoryOf(renamed),
    );
    const directory = createUnitDirectory({ unitsUrl }, stub.fetch, {
      ttlMs: 60_000,
      retryAfterFailureMs: 10_000,
      now: time.now,
    });
    await directory.list();
    time.advance(60_000);
    expect(await directory.list()).toEqual([kaijonharju]);
    expect(stub.requests).toHaveLength(2);
    time.advance(9_999);
    expect(await directory.list()).toEqual([kaijonharju]);
    expect(stub.requests).toHaveLength(2);
    time.advance(1);
    // An answer outside the contract is a failure too: the copy stays.
    expect(await directory.list()).toEqual([kaijonharju]);
    time.advance(10_000);
    expect(await directory.list()).toEqual([renamed]);
    expect(stub.requests).toHaveLength(4);
  });

  it.each<[string, Answer, string]>([
    ['unreachable', unreachable, 'The unit directory could not be reached'],
    ['answering 500', () => new Response('', { status: 500 }), 'The unit directory answered 500'],
    [
      'answering outside the contract',
      directoryOf({ ...kaijonharju, id: 'kaijonharju' }),
      'The unit directory answered outside the contract',
    ],
    [
      'answering something that is not JSON',
      () => new Response('<html>'),
      'The unit directory answered outside the contract',
    ],
  ])(
    'fails as UNITS_UNAVAILABLE (503) when %s with no copy yet, at once until the pause is over',
    async (_name, answer, cause) => {
      const time = clock();
      const stub = stubDirectory(answer, directoryOf(kaijonharju));
      const directory = createUnitDirectory({ unitsUrl }, stub.fetch, {
        retryAfterFailureMs: 10_000,
        now: time.now,
      });
      const error = await failureOf(directory.nameOf(kaijonharju.id));
      expect([error.code, error.errorCode]).toEqual(['SERVICE_UNAVAILABLE', 'UNITS_UNAVAILABLE']);
      expect((error.cause as Error).message).toBe(cause);
      // Requests meanwhile are refused without waiting for the directory again.
      expect((await failureOf(directory.nameOf(kaijonharju.id))).errorCode).toBe('UNITS_UNAVAILABLE');
      expect(stub.requests).toHaveLength(1);
      time.advance(10_000);
      expect(await directory.nameOf(kaijonharju.id)).toEqual(kaijonharju.name);
      expect(stub.requests).toHaveLength(2);
    },
  );

  it('fails as UNITS_UNAVAILABLE without asking anybody when no directory is configured', async () => {
    const stub = stubDirectory();
    const error = await failureOf(createUnitDirectory({ unitsUrl: undefined }, stub.fetch).list());
    expect(error.errorCode).toBe('UNITS_UNAVAILABLE');
    expect(stub.requests).toEqual([]);
  });
});

describe('unit directory client against the dev identity provider', () => {
  let identity: IdentityFixture;
  beforeAll(async () => {
    identity = await startIdentityFixture();
  }, 60_000);
  afterAll(() => identity?.close());

  it('finds the directory next to the issuer and reads every unit from it', async () => {
    const config = readServiceConfig({}, { oidcIssuer: identity.idp.issuer });
    expect(config.unitsUrl).toBe(identity.idp.unitsUrl);
    const directory = createUnitDirectory(config);
    expect(await directory.list()).toEqual(TEST_UNITS);
    expect((await directory.nameOf(TEST_UNIT_IDS.centralHealthCentre))?.sv).toBe(
      'Kaijonharju välfärdscentral',
    );
  });
});
