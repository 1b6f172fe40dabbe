// The dev identity provider for a test file, and real access tokens from its code flow.
import { createLogger, startDevIdp, type RunningDevIdp, type TestPersonKey } from '@asiointi/dev-idp';
import { obtainAccessToken } from '@asiointi/dev-idp/testing';
import { afterAll, beforeAll } from 'vitest';

export interface TestIdentityProvider {
  idp(): RunningDevIdp;
  /** One token per person for the whole file. */
  tokenOf(person: TestPersonKey): Promise<string>;
}

export function useIdentityProvider(): TestIdentityProvider {
  let idp: RunningDevIdp | undefined;
  const tokens = new Map<TestPersonKey, Promise<string>>();
  beforeAll(async () => {
    idp = await startDevIdp({ port: 0, logger: createLogger({ level: 'silent' }) });
  });
  afterAll(() => idp?.close());
  const running = () => {
    if (!idp) throw new Error('The identity provider runs only inside this file’s tests.');
    return idp;
  };
  return {
    idp: running,
    tokenOf(person) {
      let token = tokens.get(person);
      if (!token) {
        token = obtainAccessToken({ issuer: running().issuer, person });
        tokens.set(person, token);
      }
      return token;
    },
  };
}
