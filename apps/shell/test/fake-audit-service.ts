import type { RecordedRequest } from './stub-fetch';
import { json } from './stub-fetch';
import { kaijonharjuUnitId } from './unit-directory-fixture';

export interface FakeEvent {
  id: string;
  at: string;
  service: string;
  actor: {
    kind: 'self' | 'guardian' | 'mandate-holder' | 'staff' | 'system';
    role: string | null;
    unitId: string | null;
  };
  action: 'read' | 'create' | 'update' | 'delete';
  resource: string;
  purpose: string;
  outcome: 'success' | 'denied';
}

function event(n: number, overrides: Partial<FakeEvent> = {}): FakeEvent {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    // Newest first: event 1 is the latest.
    at: new Date(Date.UTC(2026, 2, 28, 12, 0) - n * 3_600_000).toISOString(),
    service: 'booking',
    actor: { kind: 'staff', role: 'nurse', unitId: kaijonharjuUnitId },
    action: 'read',
    resource: 'resident-preferences',
    purpose: 'appointment-reminder',
    outcome: 'success',
    ...overrides,
  };
}

/** 25 events of the booking service, the first three varied. */
export const bookingEvents: FakeEvent[] = Array.from({ length: 25 }, (_, index) => event(index + 1)).map(
  (item, index) =>
    index === 0
      ? {
          ...item,
          actor: { kind: 'self', role: null, unitId: null },
          action: 'update',
          purpose: 'resident-self-service',
        }
      : index === 1
        ? { ...item, actor: { kind: 'guardian', role: null, unitId: null }, outcome: 'denied' }
        : item,
);

/**
 * Answers `audit.myDataEvents` as a module service would over httpBatchLink (GET, batch=1): pages of
 * `limit` events, the cursor being the index to continue from. Services listed in `down` answer 500.
 */
export function auditAnswer(down: string[] = []) {
  return ({ url }: RecordedRequest) => {
    if (down.includes(url.host))
      return json(
        [{ error: { message: 'x', code: -32603, data: { code: 'INTERNAL', httpStatus: 500 } } }],
        500,
      );
    const input =
      (
        JSON.parse(url.searchParams.get('input') ?? '{}') as Record<
          string,
          { limit?: number; before?: string }
        >
      )['0'] ?? {};
    const start = input.before ? Number(input.before) : 0;
    const limit = input.limit ?? 50;
    const events = bookingEvents.slice(start, start + limit);
    const next = start + limit < bookingEvents.length ? String(start + limit) : null;
    return json([{ result: { data: { events, nextCursor: next } } }]);
  };
}
