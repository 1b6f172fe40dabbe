// Finds a resident by identity code for staff who act on the resident's behalf (booking for them), in the
// person directory (the dev provider's /persons; in production the region's register service), asked with
// the staff member's own token. The code goes in the POST body only: never in a URL, a log line or an error.
import { personLookupResponseSchema, type PersonLookupResponse } from '@asiointi/platform-auth/guardianship';
import { normalizeIdentityCodeInput, validateIdentityCode } from '@asiointi/platform-auth/identity-code';
import type { ServiceConfig } from '../config/service-config';
import { personDirectoryUnavailable } from './access-errors';

export type FoundPerson = PersonLookupResponse;

export interface PersonDirectory {
  /**
   * The person with this identity code, or undefined when the code is not a valid one (the directory
   * answers 404). Throws ApiError PERSON_DIRECTORY_UNAVAILABLE (503) when the directory fails or refuses the
   * token: a procedure lets it through as it is.
   */
  lookupByIdentityCode(identityCode: string, bearerToken: string): Promise<FoundPerson | undefined>;
}

const lookupTimeoutMs = 5_000;

export function createPersonDirectory(
  config: Pick<ServiceConfig, 'personsUrl'>,
  fetchImpl: typeof fetch = globalThis.fetch,
): PersonDirectory {
  return {
    async lookupByIdentityCode(identityCode, bearerToken) {
      const { personsUrl } = config;
      if (!personsUrl) throw personDirectoryUnavailable(new Error('PERSONS_URL is not configured'));
      const normalized = normalizeIdentityCodeInput(identityCode);
      // A code that cannot exist is not sent anywhere.
      if (!validateIdentityCode(normalized).valid) return undefined;

      let response: Response;
      try {
        response = await fetchImpl(`${personsUrl.replace(/\/+$/, '')}/lookup`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${bearerToken}`,
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: JSON.stringify({ identityCode: normalized }),
          signal: AbortSignal.timeout(lookupTimeoutMs),
        });
      } catch {
        throw personDirectoryUnavailable(new Error('The person directory could not be reached'));
      }
      if (response.status === 404) return undefined;
      if (!response.ok) {
        throw personDirectoryUnavailable(new Error(`The person directory answered ${response.status}`));
      }
      const parsed = personLookupResponseSchema.safeParse(await response.json().catch(() => undefined));
      // Without the details: they would quote the person's name.
      if (!parsed.success) {
        throw personDirectoryUnavailable(new Error('The person directory answered outside the contract'));
      }
      return parsed.data;
    },
  };
}
