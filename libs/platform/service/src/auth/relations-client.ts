// Whom the signed-in resident may act for, from the relations (mandate) service, asked with the
// resident's own token. Asked afresh for every request (the calls of one batch share the answer, see
// acting-for.ts): a minor's withdrawn consent, an ended custody or a revoked mandate must stop the next
// call, not one up to a cache's lifetime later. A failure is never read as a grant.
import {
  type ActingRelationsResponse,
  fetchActingRelations,
  RelationsUnavailableError,
} from '@asiointi/platform-auth/guardianship';
import { relationsUnavailable } from './access-errors';

export interface RelationsClientOptions {
  /** Unset: nobody may act for anybody (a refusal, not a grant). */
  relationsUrl: string | undefined;
  fetch?: typeof fetch;
}

export interface RelationsClient {
  relationsOf(accessToken: string, actorSubject: string): Promise<ActingRelationsResponse>;
}

export function createRelationsClient(options: RelationsClientOptions): RelationsClient {
  return {
    async relationsOf(accessToken, actorSubject) {
      const { relationsUrl } = options;
      if (!relationsUrl) throw relationsUnavailable(new Error('RELATIONS_URL is not configured'));
      let response: ActingRelationsResponse;
      try {
        response = await fetchActingRelations({
          relationsUrl,
          accessToken,
          fetch: options.fetch,
          signal: AbortSignal.timeout(5_000),
        });
      } catch (error) {
        // A contract mismatch is reported without its details: they would quote people's names.
        throw relationsUnavailable(
          error instanceof RelationsUnavailableError
            ? error
            : new Error('The relations service answered outside the contract'),
        );
      }
      if (response.actor !== actorSubject) {
        throw relationsUnavailable(new Error('The relations service answered for another person'));
      }
      return response;
    },
  };
}
