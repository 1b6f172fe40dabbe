import type { DataEventView, EventLabels } from '../src/data-access/event-texts';
import type { RecordedRequest } from './stub-fetch';
import { json } from './stub-fetch';
import { kaijonharjuUnitId } from './unit-directory-fixture';

export type FakeEvent = DataEventView;

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

/** 25 events of the booking service, the first four varied. */
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
        : index === 3
          ? { ...item, actor: { kind: 'another-person', role: null, unitId: null }, outcome: 'denied' }
          : item,
);

/** The booking service's words as it answers them (it has none for "appointment-reminder"). */
export const bookingVocabulary: EventLabels = {
  resources: {
    'resident-preferences': {
      fi: 'ajanvarauksen muistutusasetukset',
      sv: 'påminnelseinställningar för tidsbokning',
      en: 'booking reminder settings',
    },
    booking: { fi: 'ajanvaraukset', sv: 'tidsbokningar', en: 'appointment bookings' },
  },
  purposes: {
    'resident-self-service': {
      fi: 'Asiointi verkkopalvelussa',
      sv: 'Ärenden som sköttes i e-tjänsten',
      en: 'Matters handled in the online service',
    },
  },
};

export interface FakeAuditService {
  events: FakeEvent[];
  vocabulary: EventLabels;
}

/** The words for the codes on one page, as platform-audit's router picks them. */
function labelsFor(vocabulary: EventLabels, events: FakeEvent[]): EventLabels {
  const pick = (terms: EventLabels['resources'], codes: string[]) => {
    const picked: EventLabels['resources'] = {};
    for (const code of codes) {
      const words = terms[code];
      if (words && Object.hasOwn(terms, code)) picked[code] = words;
    }
    return picked;
  };
  return {
    resources: pick(
      vocabulary.resources,
      events.map((item) => item.resource),
    ),
    purposes: pick(
      vocabulary.purposes,
      events.map((item) => item.purpose),
    ),
  };
}

/**
 * Answers `audit.myDataEvents` as a module service would over httpBatchLink (GET, batch=1): pages of
 * `limit` events with the words for their codes, the cursor being the index to continue from. Each
 * host answers as the service given for it (booking's events unless named); hosts in `down` answer 500.
 */
export function auditAnswer(down: string[] = [], services: Record<string, FakeAuditService> = {}) {
  return ({ url }: RecordedRequest) => {
    if (down.includes(url.host))
      return json(
        [{ error: { message: 'x', code: -32603, data: { code: 'INTERNAL', httpStatus: 500 } } }],
        500,
      );
    const { events: all, vocabulary } = services[url.host] ?? {
      events: bookingEvents,
      vocabulary: bookingVocabulary,
    };
    const input =
      (
        JSON.parse(url.searchParams.get('input') ?? '{}') as Record<
          string,
          { limit?: number; before?: string }
        >
      )['0'] ?? {};
    const start = input.before ? Number(input.before) : 0;
    const limit = input.limit ?? 50;
    const events = all.slice(start, start + limit);
    const next = start + limit < all.length ? String(start + limit) : null;
    return json([{ result: { data: { events, nextCursor: next, labels: labelsFor(vocabulary, events) } } }]);
  };
}
