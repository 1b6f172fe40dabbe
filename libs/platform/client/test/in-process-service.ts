// A real tRPC router served in process through tRPC's fetch adapter: the client under test talks HTTP
// semantics (batching, headers, error envelopes) to it without a socket. Records each request's headers.
import { initTRPC, TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { z } from 'zod';

interface Context {
  headers: Headers;
}

const t = initTRPC.context<Context>().create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: { ...shape.data, code: error.message },
  }),
});

export const testRouter = t.router({
  units: t.router({
    list: t.procedure.query(({ ctx }) => [
      { id: 'u1', name: 'Rantakylä', language: ctx.headers.get('accept-language') },
    ]),
    get: t.procedure.input(z.object({ id: z.string() })).query(({ input }) => {
      if (input.id !== 'u1') throw new TRPCError({ code: 'NOT_FOUND', message: 'UNIT_NOT_FOUND' });
      return { id: 'u1', name: 'Rantakylä' };
    }),
  }),
});
export type TestRouter = typeof testRouter;

export interface InProcessService {
  fetch: typeof fetch;
  /** Request paths, e.g. "/trpc/units.list,units.get". */
  paths: string[];
  headers: Headers[];
}

export function inProcessService(): InProcessService {
  const paths: string[] = [];
  const headers: Headers[] = [];
  const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
    const request = new Request(url, init);
    paths.push(new URL(request.url).pathname);
    headers.push(request.headers);
    return fetchRequestHandler({
      endpoint: '/trpc',
      req: request,
      router: testRouter,
      createContext: () => ({ headers: request.headers }),
    });
  };
  return { fetch: fetchImpl as typeof fetch, paths, headers };
}
