// A module's service as its remote's tests need it: a fetch that answers tRPC's batch wire format (GET for
// queries, POST for mutations) from handlers per procedure path, and records what was asked with which
// headers. A handler throws `refusal(code, status)` to answer with a typed service error; an unknown path
// answers NOT_FOUND. Never a real service: for the remote's own tests only.

export type FakeHandler = (input: unknown) => unknown;

export class FakeRefusal extends Error {
  constructor(
    readonly code: string,
    readonly httpStatus: number,
  ) {
    super(code);
  }
}

/** A typed refusal, e.g. refusal('FORBIDDEN', 403). */
export function refusal(code: string, httpStatus: number): FakeRefusal {
  return new FakeRefusal(code, httpStatus);
}

export interface FakeModuleService {
  fetch: typeof fetch;
  /** Procedure paths in the order they were asked, e.g. ['catalogue.list']. */
  calls: string[];
  /** Each call's input, in the same order. */
  inputs: unknown[];
  /** Each request's headers. */
  headers: Headers[];
}

/** Raw server text that must never reach a page: a refusal's message carries it. */
export const rawServerMessage = 'Internal: something failed in the database';

export function fakeModuleService(
  handlers: Record<string, FakeHandler>,
  { offline = false }: { offline?: boolean } = {},
): FakeModuleService {
  const calls: string[] = [];
  const inputs: unknown[] = [];
  const headers: Headers[] = [];
  const fetchImpl = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(url, init);
    headers.push(request.headers);
    if (offline) throw new TypeError('Failed to fetch');
    const { pathname, searchParams } = new URL(request.url);
    const paths = decodeURIComponent(pathname.replace(/^.*\/trpc\//, '')).split(',');
    const raw = request.method === 'GET' ? searchParams.get('input') : await request.text();
    const batch = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    let status = 200;
    const answers = paths.map((path, index) => {
      const input = batch[String(index)];
      calls.push(path);
      inputs.push(input);
      try {
        const handler = handlers[path];
        if (!handler) throw refusal('NOT_FOUND', 404);
        return { result: { data: handler(input) } };
      } catch (error) {
        if (!(error instanceof FakeRefusal)) throw error;
        status = error.httpStatus;
        return {
          error: {
            message: rawServerMessage,
            code: -32000,
            data: { code: error.code, httpStatus: error.httpStatus, path },
          },
        };
      }
    });
    return new Response(JSON.stringify(answers), {
      status: paths.length > 1 ? 207 : status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch: fetchImpl as typeof fetch, calls, inputs, headers };
}
