// Reads a small urlencoded form body. The sign-in forms carry a few short fields; anything larger is refused.
import type { IncomingMessage } from 'node:http';
import { readLimitedBody } from './read-limited-body';

export const MAX_FORM_BYTES = 4096;

export class FormBodyError extends Error {
  override readonly name = 'FormBodyError';
}

export async function readFormBody(req: IncomingMessage): Promise<URLSearchParams> {
  const body = await readLimitedBody(req, 'application/x-www-form-urlencoded', MAX_FORM_BYTES, {
    wrongType: () => new FormBodyError('Expected a form'),
    tooLarge: () => new FormBodyError('Form too large'),
  });
  return new URLSearchParams(body);
}
