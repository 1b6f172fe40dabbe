// One tRPC call over HTTP with the identity headers the shell sends.
export interface ServiceCall {
  token?: string;
  actingFor?: string;
  input?: unknown;
  mutation?: boolean;
  headers?: Record<string, string>;
}

export interface ServiceCallResult {
  status: number;
  text: string;
  data: unknown;
  code: string | undefined;
}

export async function callService(
  url: string,
  procedure: string,
  call: ServiceCall = {},
): Promise<ServiceCallResult> {
  const headers: Record<string, string> = { ...call.headers };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.actingFor) headers['x-acting-for'] = call.actingFor;
  const input = call.input === undefined ? undefined : JSON.stringify(call.input);
  const response = call.mutation
    ? await fetch(`${url}/trpc/${procedure}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: input ?? '{}',
      })
    : await fetch(`${url}/trpc/${procedure}${input ? `?input=${encodeURIComponent(input)}` : ''}`, {
        headers,
      });
  const text = await response.text();
  const body = JSON.parse(text) as { result?: { data: unknown }; error?: { data?: { code?: string } } };
  return { status: response.status, text, data: body.result?.data, code: body.error?.data?.code };
}
