import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { containsIdentityCode } from '@asiointi/platform-auth/identity-code';

export const requestIdHeader = 'x-request-id';

/** What a proxy or caller may pass on: ids, UUIDs and trace ids, nothing that could forge log lines. */
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Keeps a sane incoming x-request-id so one id follows a call across services; otherwise a new UUID. The id
 * is on every log line of the request, so one shaped like an identity code is replaced too.
 */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers[requestIdHeader];
  if (typeof incoming === 'string' && acceptableRequestId.test(incoming) && !containsIdentityCode(incoming)) {
    return incoming;
  }
  return randomUUID();
}
