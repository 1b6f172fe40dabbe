// Reads a small urlencoded form body. The sign-in forms carry a few short fields; anything larger is refused.
import type { IncomingMessage } from 'node:http';

export const MAX_FORM_BYTES = 4096;

export class FormBodyError extends Error {
  override readonly name = 'FormBodyError';
}

export async function readFormBody(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new FormBodyError('Expected a form');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new FormBodyError('Form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
