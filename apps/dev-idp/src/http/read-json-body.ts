// Reads a small JSON body; the consent endpoint takes a list of a few scopes.
import type { IncomingMessage } from 'node:http';

export const MAX_JSON_BYTES = 2048;

export class JsonBodyError extends Error {
  override readonly name = 'JsonBodyError';
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new JsonBodyError('Expected JSON');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BYTES) throw new JsonBodyError('Body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new JsonBodyError('Malformed JSON');
  }
}
