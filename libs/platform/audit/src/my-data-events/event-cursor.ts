// The opaque cursor of "who has handled my data": the position of the last event shown, as
// (occurred_at with microseconds, id). Microseconds matter: rows written in one transaction share a
// millisecond, and a JavaScript Date would round them together.
import { z } from 'zod';

export interface EventPosition {
  /** occurred_at in UTC with microseconds, e.g. 2026-03-14T10:00:00.123456Z */
  at: string;
  id: string;
}

/** A real instant the log can hold: the shape alone let "0000-00-00T99:…" through to PostgreSQL (a 500). */
function isLoggableInstant(at: string): boolean {
  const year = Number(at.slice(0, 4));
  // Date.parse has no microseconds: the milliseconds say whether the rest names a real instant.
  const milliseconds = Date.parse(`${at.slice(0, 23)}Z`);
  return (
    year >= 1970 &&
    year <= 9998 &&
    !Number.isNaN(milliseconds) &&
    new Date(milliseconds).toISOString().slice(0, 23) === at.slice(0, 23)
  );
}

const positionSchema = z.object({
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    .refine(isLoggableInstant),
  id: z.uuid(),
});

export function encodeEventCursor(position: EventPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id]), 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined when it is not one this service issued. */
export function decodeEventCursor(cursor: string): EventPosition | undefined {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const parsed = positionSchema.safeParse({ at, id });
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A cursor in the input: refused as invalid unless it decodes. */
export const eventCursorSchema = z
  .string()
  .max(200)
  .transform((cursor, context) => {
    const position = decodeEventCursor(cursor);
    if (!position) {
      context.issues.push({ code: 'custom', message: 'Not a cursor of this list', input: cursor });
      return z.NEVER;
    }
    return position;
  });
