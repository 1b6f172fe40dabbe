// Reads a small JSON body; the consent endpoint takes a list of a few scopes.
import type { IncomingMessage } from 'node:http';
import { readLimitedBody } from './read-limited-body';

export const MAX_JSON_BYTES = 2048;

export class JsonBodyError extends Error {
  override readonly name = 'JsonBodyError';
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const body = await readLimitedBody(req, 'application/json', MAX_JSON_BYTES, {
    wrongType: () => new JsonBodyError('Expected JSON'),
    tooLarge: () => new JsonBodyError('Body too large'),
  });
  try {
    return JSON.parse(body);
  } catch {
    throw new JsonBodyError('Malformed JSON');
  }
}
