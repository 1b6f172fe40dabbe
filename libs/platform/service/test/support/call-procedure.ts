// One tRPC call over HTTP, the way a browser client sends it, with the identity headers.
export interface CallOptions {
  token?: string;
  /** Sent as-is in Authorization, e.g. for a Basic scheme. */
  authorization?: string;
  actingFor?: string;
  input?: unknown;
  mutation?: boolean;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  text: string;
  headers: Headers;
  /** result.data of a success. */
  data: unknown;
  /** error.data.code of a failure. */
  code: string | undefined;
}

export async function callProcedure(
  baseUrl: string,
  procedure: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.authorization) headers.authorization = options.authorization;
  if (options.actingFor) headers['x-acting-for'] = options.actingFor;
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
  const body = JSON.parse(text) as { result?: { data: unknown }; error?: { data?: { code?: string } } };
  return {
    status: response.status,
    text,
    headers: response.headers,
    data: body.result?.data,
    code: body.error?.data?.code,
  };
}
