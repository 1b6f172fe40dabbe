// Whom the signed-in resident may act for, from the relations (mandate) service, asked with the
// resident's own token. Answers are kept briefly per token, so a page that makes several calls asks once;
// a failure is never kept and never read as a grant.
import { createHash } from 'node:crypto';
import {
  type ActingRelationsResponse,
  fetchActingRelations,
  RelationsUnavailableError,
} from '@asiointi/platform-auth/guardianship';
import { relationsUnavailable } from './access-errors';
import { createExpiringCache } from './expiring-cache';

export interface RelationsClientOptions {
  /** Unset: nobody may act for anybody (a refusal, not a grant). */
  relationsUrl: string | undefined;
  /** How long an answer is reused for the same token (default 30 s). */
  cacheTtlMs?: number;
  fetch?: typeof fetch;
}

export interface RelationsClient {
  relationsOf(accessToken: string, actorSubject: string): Promise<ActingRelationsResponse>;
}

export function createRelationsClient(options: RelationsClientOptions): RelationsClient {
  const cache = createExpiringCache<ActingRelationsResponse>({
    ttlMs: options.cacheTtlMs ?? 30_000,
    maxEntries: 1_000,
  });

  return {
    async relationsOf(accessToken, actorSubject) {
      const { relationsUrl } = options;
      if (!relationsUrl) throw relationsUnavailable(new Error('RELATIONS_URL is not configured'));
      // Keyed by a digest: the cache holds no tokens.
      const key = createHash('sha256').update(accessToken).digest('base64url');
      const cached = cache.get(key);
      if (cached) return cached;

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
      cache.set(key, response);
      return response;
    },
  };
}
