// One call to the booking service over HTTP as the shell sends it: a bearer token of a test person and,
// when acting for someone, X-Acting-For with that person's subject.
import { TEST_SUBJECTS, type TestPersonKey } from '@asiointi/dev-idp';
import type { TestIdentityProvider } from './identity-provider';

export interface BookingCaller {
  person?: TestPersonKey;
  actingFor?: TestPersonKey;
}

export interface BookingCallResult {
  status: number;
  text: string;
  data: unknown;
  error: { message: string; code: number; data: Record<string, unknown> } | undefined;
}

export async function callBooking(
  url: string,
  identity: TestIdentityProvider,
  caller: BookingCaller,
  procedure: string,
  call: { input?: unknown; mutation?: boolean } = {},
): Promise<BookingCallResult> {
  const headers: Record<string, string> = {};
  if (caller.person) headers.authorization = `Bearer ${await identity.tokenOf(caller.person)}`;
  if (caller.actingFor) headers['x-acting-for'] = TEST_SUBJECTS[caller.actingFor];
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
  const body = JSON.parse(text) as { result?: { data: unknown }; error?: BookingCallResult['error'] };
  return { status: response.status, text, data: body.result?.data, error: body.error };
}
