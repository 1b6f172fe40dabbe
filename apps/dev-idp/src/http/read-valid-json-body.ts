// The body check of the provider's own APIs: JSON within the size limit that the endpoint's schema accepts.
// Like requirePrincipal, it answers the refusal itself, with a reason code only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { sendJson } from './page-response';
import { JsonBodyError, readJsonBody } from './read-json-body';

/** The parsed body, or undefined once a 400 INVALID_BODY has been sent. */
export async function readValidJsonBody<TSchema extends z.ZodType>(
  schema: TSchema,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<z.output<TSchema> | undefined> {
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (error) {
    if (!(error instanceof JsonBodyError)) throw error;
    sendJson(res, 400, { error: 'INVALID_BODY' });
    return undefined;
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  sendJson(res, 400, { error: 'INVALID_BODY' });
  return undefined;
}
