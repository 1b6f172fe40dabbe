// Reads a request body of one content type up to a size limit; the callers turn its refusals into
// their own errors.
import type { IncomingMessage } from 'node:http';

export interface LimitedBodyRefusals {
  wrongType: () => Error;
  tooLarge: () => Error;
}

export async function readLimitedBody(
  req: IncomingMessage,
  contentType: string,
  maxBytes: number,
  refuse: LimitedBodyRefusals,
): Promise<string> {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== contentType) throw refuse.wrongType();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw refuse.tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
