// One call to the booking service over HTTP as the shell sends it, as a test person: their bearer token
// and, when acting for someone, X-Acting-For with that person's subject.
import { TEST_SUBJECTS, type TestPersonKey } from '@asiointi/dev-idp';
import { callProcedure, type CallResult } from '@asiointi/platform-service/testing';
import type { TestIdentityProvider } from './identity-provider';

export interface BookingCaller {
  person?: TestPersonKey;
  actingFor?: TestPersonKey;
}

export type BookingCallResult = CallResult;

export async function callBooking(
  url: string,
  identity: TestIdentityProvider,
  caller: BookingCaller,
  procedure: string,
  call: { input?: unknown; mutation?: boolean } = {},
): Promise<BookingCallResult> {
  return callProcedure(url, procedure, {
    ...call,
    token: caller.person ? await identity.tokenOf(caller.person) : undefined,
    actingFor: caller.actingFor ? TEST_SUBJECTS[caller.actingFor] : undefined,
  });
}
