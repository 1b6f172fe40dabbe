// One tRPC call over HTTP the way the portal's client sends it (no transformer, no batching): a query as
// GET with ?input=, a mutation as POST with a JSON body, with the identity headers the shell sends. Never
// throws for an error answer: tests and benchmarks look at the status and the typed code.

export interface CallOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as-is in Authorization, e.g. a Basic scheme (wins over token). */
  authorization?: string;
  /** The subject the resident acts for (X-Acting-For). */
  actingFor?: string;
  input?: unknown;
  mutation?: boolean;
  headers?: Record<string, string>;
}

export interface CallError {
  message: string;
  code: number;
  data: { code?: string; httpStatus?: number; issues?: unknown[] } & Record<string, unknown>;
}

export interface CallResult<TData = unknown> {
  status: number;
  /** The raw body (to check that nothing leaks into it). */
  text: string;
  headers: Headers;
  /** result.data of a success. */
  data: TData | undefined;
  /** error.data.code of a failure (TIME_TAKEN, FORBIDDEN, ...); NOT_JSON when the body is not JSON. */
  code: string | undefined;
  error: CallError | undefined;
}

interface Envelope<TData> {
  result?: { data: TData };
  error?: CallError;
}

export async function callProcedure<TData = unknown>(
  baseUrl: string,
  procedure: string,
  options: CallOptions = {},
): Promise<CallResult<TData>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.authorization) headers.authorization = options.authorization;
  if (options.actingFor) headers['x-acting-for'] = options.actingFor;
  const input = options.input === undefined ? undefined : JSON.stringify(options.input);
  const url = `${baseUrl.replace(/\/+$/, '')}/trpc/${procedure}`;
  const response = options.mutation
    ? await fetch(url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: input ?? '{}',
      })
    : await fetch(input ? `${url}?input=${encodeURIComponent(input)}` : url, { headers });
  const text = await response.text();
  let body: Envelope<TData>;
  try {
    body = JSON.parse(text) as Envelope<TData>;
  } catch {
    return {
      status: response.status,
      text,
      headers: response.headers,
      data: undefined,
      code: 'NOT_JSON',
      error: undefined,
    };
  }
  return {
    status: response.status,
    text,
    headers: response.headers,
    data: body.result?.data,
    code: body.error?.data?.code,
    error: body.error,
  };
}
