import { TEST_SUBJECTS, testResident } from '@asiointi/dev-idp';
import { type IdentityFixture, startIdentityFixture } from '@asiointi/dev-idp/testing';
import { composeIdentityCode } from '@asiointi/platform-auth/identity-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createPersonDirectory, readServiceConfig } from '../src/index';

/** fetch that remembers every URL it was asked for. */
function recordingFetch() {
  const urls: string[] = [];
  const recorded: typeof fetch = (input, init) => {
    urls.push(String(input));
    return fetch(input, init);
  };
  return { urls, fetch: recorded };
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('person directory client', () => {
  let identity: IdentityFixture;
  beforeAll(async () => {
    identity = await startIdentityFixture();
  }, 60_000);
  afterAll(() => identity?.close());

  const config = () => readServiceConfig({}, { oidcIssuer: identity.idp.issuer });

  it('finds a resident for staff at the provider next to the issuer, with the code in the body only', async () => {
    const anna = testResident('guardianAnna');
    const recording = recordingFetch();
    const directory = createPersonDirectory(config(), recording.fetch);
    const found = await directory.lookupByIdentityCode(
      ` ${anna.identityCode.toLowerCase()} `,
      await identity.tokenOf('nurseSari'),
    );
    expect(found).toEqual({
      subject: TEST_SUBJECTS.guardianAnna,
      name: anna.name,
      birthDate: anna.birthDate,
    });
    expect(recording.urls).toEqual([`${identity.idp.issuer}/persons/lookup`]);
  });

  it('gives a new person the subject their own sign-in will have', async () => {
    const identityCode = composeIdentityCode({ birthDate: '2001-02-03', individualNumber: 385 });
    const directory = createPersonDirectory(config());
    const found = await directory.lookupByIdentityCode(
      identityCode,
      await identity.tokenOf('bookingAdminLiisa'),
    );
    expect(found?.birthDate).toBe('2001-02-03');
    const again = await directory.lookupByIdentityCode(identityCode, await identity.tokenOf('nurseSari'));
    expect(again?.subject).toBe(found?.subject);
  });

  it('answers undefined for an invalid code without asking anybody', async () => {
    const recording = recordingFetch();
    const directory = createPersonDirectory(config(), recording.fetch);
    const valid = testResident('englishSpeakerEmily').identityCode;
    const wrongCheck = `${valid.slice(0, -1)}${valid.endsWith('A') ? 'B' : 'A'}`;
    expect(
      await directory.lookupByIdentityCode(wrongCheck, await identity.tokenOf('nurseSari')),
    ).toBeUndefined();
    expect(recording.urls).toEqual([]);
  });

  it('fails as PERSON_DIRECTORY_UNAVAILABLE when refused, unreachable or unconfigured, without the code', async () => {
    const identityCode = testResident('childEetuUnder12').identityCode;
    const refused = await failureOf(
      createPersonDirectory(config()).lookupByIdentityCode(
        identityCode,
        await identity.tokenOf('guardianAnna'),
      ),
    );
    const unreachable = await failureOf(
      createPersonDirectory({ personsUrl: 'http://127.0.0.1:9/persons' }).lookupByIdentityCode(
        identityCode,
        'token',
      ),
    );
    const unconfigured = await failureOf(
      createPersonDirectory({ personsUrl: undefined }).lookupByIdentityCode(identityCode, 'token'),
    );
    for (const error of [refused, unreachable, unconfigured]) {
      expect([error.code, error.errorCode]).toEqual(['SERVICE_UNAVAILABLE', 'PERSON_DIRECTORY_UNAVAILABLE']);
      const told = `${error.message} ${String((error.cause as Error | undefined)?.message)}`;
      expect(told).not.toContain(identityCode);
    }
    expect((refused.cause as Error).message).toBe('The person directory answered 403');
  });

  it('refuses an answer outside the contract', async () => {
    const lying: typeof fetch = async () => Response.json({ subject: 'x', name: 'Anna Virtanen' });
    const error = await failureOf(
      createPersonDirectory(config(), lying).lookupByIdentityCode(
        testResident('guardianAnna').identityCode,
        't',
      ),
    );
    expect((error.cause as Error).message).toBe('The person directory answered outside the contract');
  });
});
