import { describe, expect, it } from 'vitest';
import { type ActingRelationsResponse, fetchActingRelations, RelationsUnavailableError } from '../src/guardianship/index';

const answer: ActingRelationsResponse = {
  actor: 'guardian',
  evaluatedAt: '2026-11-22T10:00:00.000Z',
  relations: [
    {
      subject: 'child',
      relation: 'guardian-of',
      name: { given: 'Eetu', family: 'Virtanen' },
      birthDate: '2018-03-02',
      minorConsent: null,
      mandate: null,
      decisions: {
        booking: { allowed: true, basis: 'GUARDIAN_OF_CHILD_UNDER_12' },
        'family-centre': { allowed: true, basis: 'GUARDIAN_OF_CHILD_UNDER_12' },
        'work-ability': { allowed: true, basis: 'GUARDIAN_OF_CHILD_UNDER_12' },
        feedback: { allowed: true, basis: 'GUARDIAN_OF_CHILD_UNDER_12' },
      },
    },
  ],
};

describe('fetchActingRelations', () => {
  it('sends the token in the Authorization header, not the URL, and parses the answer', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fakeFetch = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response(JSON.stringify(answer), { status: 200 });
    }) as typeof fetch;
    const result = await fetchActingRelations({ relationsUrl: 'https://idp.test/relations', accessToken: 'token-1', fetch: fakeFetch });
    expect(result).toEqual(answer);
    expect(calls[0]?.[0]).toBe('https://idp.test/relations');
    expect(new Headers(calls[0]?.[1]?.headers).get('authorization')).toBe('Bearer token-1');
  });

  it('refuses an answer of the wrong shape', async () => {
    const fakeFetch = (async () => new Response(JSON.stringify({ ...answer, relations: [{ subject: 'x' }] }), { status: 200 })) as typeof fetch;
    await expect(fetchActingRelations({ relationsUrl: 'https://idp.test/relations', accessToken: 't', fetch: fakeFetch })).rejects.toThrow();
  });

  it('reports refusals and outages as RelationsUnavailableError', async () => {
    const refused = (async () => new Response('{}', { status: 401 })) as typeof fetch;
    await expect(fetchActingRelations({ relationsUrl: 'https://idp.test/relations', accessToken: 't', fetch: refused })).rejects.toMatchObject({
      name: 'RelationsUnavailableError',
      status: 401,
    });
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(fetchActingRelations({ relationsUrl: 'https://idp.test/relations', accessToken: 't', fetch: down })).rejects.toBeInstanceOf(
      RelationsUnavailableError,
    );
  });
});
