// One tRPC call over HTTP as the portal's client sends it (no transformer): queries as GET with ?input=,
// mutations as POST with a JSON body. Answers with the data or the error's code, never throws on an error.

export interface TrpcAnswer<T> {
  status: number;
  data?: T;
  /** error.data.code of the service's error envelope (TIME_TAKEN, FORBIDDEN, ...). */
  errorCode?: string;
  errorMessage?: string;
}

interface Envelope<T> {
  result?: { data: T };
  error?: { message?: string; data?: { code?: string } };
}

export async function callTrpc<T>(
  baseUrl: string,
  procedure: string,
  options: { input?: unknown; token?: string; mutation?: boolean },
): Promise<TrpcAnswer<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const input = options.input === undefined ? undefined : JSON.stringify(options.input);
  const response = options.mutation
    ? await fetch(`${baseUrl}/trpc/${procedure}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: input ?? '{}',
      })
    : await fetch(`${baseUrl}/trpc/${procedure}${input ? `?input=${encodeURIComponent(input)}` : ''}`, {
        headers,
      });
  const text = await response.text();
  let body: Envelope<T>;
  try {
    body = JSON.parse(text) as Envelope<T>;
  } catch {
    return { status: response.status, errorCode: 'NOT_JSON', errorMessage: text.slice(0, 200) };
  }
  if (body.error) {
    return {
      status: response.status,
      errorCode: body.error.data?.code ?? 'UNKNOWN',
      errorMessage: body.error.message,
    };
  }
  return { status: response.status, data: body.result?.data };
}
