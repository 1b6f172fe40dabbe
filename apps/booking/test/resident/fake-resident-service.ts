import { updateReminderContactInputSchema } from '@asiointi/booking-contract';
import type {
  BookableService,
  Booking,
  BookingRight,
  FreeTimeEntry,
  ReminderLinkBooking,
  ReminderContact,
  ResidentPreferences,
  ServiceOffering,
  Unit,
} from '@asiointi/booking-contract';
import { doctor, healthCentre, laboratory, rawServerMessage } from '../fake-booking-service';

/** "Today" in these tests: Monday 23 November 2026, 10.00 in Helsinki. */
export const now = new Date('2026-11-23T08:00:00.000Z');

export const northUnit: Unit = {
  id: '55555555-5555-4555-8555-555555555555',
  name: { fi: 'Pohjolan terveysasema', sv: 'Nordby hälsostation', en: 'Pohjola health centre' },
  municipality: 'Oulu',
  streetAddress: 'Pohjantie 1',
  phone: '+358 40 765 4321',
  openingHours: {
    mon: [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '16:00' },
    ],
  },
  accessibility: null,
};

export const doctorNorth: BookableService = {
  ...doctor,
  id: '66666666-6666-4666-8666-666666666666',
  unitId: northUnit.id,
};

export const offerings: ServiceOffering[] = [
  { service: doctor, unit: healthCentre, languages: ['fi', 'sv'] },
  { service: doctorNorth, unit: northUnit, languages: ['fi'] },
  { service: laboratory, unit: healthCentre, languages: ['fi'] },
];

export const nurseAnna = 'a0000000-0000-4000-8000-000000000001';

export function freeTime(
  start: string,
  minutes = 20,
  resourceId = nurseAnna,
  service = doctor,
): FreeTimeEntry {
  return {
    serviceTypeId: service.id,
    unitId: service.unitId,
    resourceId,
    resourceName: { fi: 'Lääkäri Anna Aalto', sv: 'Läkare Anna Aalto', en: 'Physician Anna Aalto' },
    start,
    end: new Date(new Date(start).getTime() + minutes * 60_000).toISOString().replace('.000Z', 'Z'),
    // The fake's times are in the past or far ahead of a test's clock: 24 h before, changeable online.
    changeableUntil: new Date(new Date(start).getTime() - 24 * 3_600_000).toISOString(),
    changeableOnline: true,
  };
}

/** Tue 24.11. 9.00 and 9.20, Wed 25.11. 13.00 (Helsinki); Mon 30.11. 10.00 in the next week. */
export const tuesdayNine = freeTime('2026-11-24T07:00:00Z');
export const tuesdayNineTwenty = freeTime('2026-11-24T07:20:00Z');
export const wednesdayOne = freeTime('2026-11-25T11:00:00Z');
export const nextMondayTen = freeTime('2026-11-30T08:00:00Z');

const bookingId = (index: number) => `b0000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

export function bookingOf(time: FreeTimeEntry, overrides: Partial<Booking> = {}): Booking {
  return {
    id: bookingId(1),
    reference: 'K7QM-2XHD',
    person: { given: 'Maija', family: 'Meikäläinen', isYou: true },
    service: {
      id: doctor.id,
      code: doctor.code,
      category: doctor.category,
      name: doctor.name,
      sensitive: false,
    },
    unit: {
      id: healthCentre.id,
      name: healthCentre.name,
      streetAddress: healthCentre.streetAddress,
      municipality: healthCentre.municipality,
      phone: healthCentre.phone,
    },
    resourceName: time.resourceName,
    start: time.start,
    end: time.end,
    channel: 'onSite',
    status: 'booked',
    reminderChannel: 'sms',
    message: null,
    bookedBy: 'resident',
    changeableUntil: new Date(new Date(time.start).getTime() - 24 * 3_600_000).toISOString(),
    canChange: true,
    cancellationReason: null,
    cancelledBy: null,
    ...overrides,
  };
}

interface Call {
  path: string;
  input: unknown;
}

export interface FakeResidentOptions {
  offerings?: ServiceOffering[];
  /** Free times by service id. */
  freeTimes?: Record<string, FreeTimeEntry[]>;
  bookings?: Booking[];
  preferences?: ResidentPreferences;
  /** Default: a number and an address entered, so every reminder channel has a destination. */
  reminderContact?: ReminderContact;
  rights?: BookingRight[];
  /** Answer the next `bookings.book` calls with these codes (or 'network' for a lost answer). */
  bookFailures?: string[];
  reminderLink?: ReminderLinkBooking | { errorCode: string; httpStatus: number };
}

type Answer = { result: { data: unknown } } | { error: unknown };

/** The booking service's resident procedures in memory, on the httpBatchLink wire format. */
export function fakeResidentService(options: FakeResidentOptions = {}) {
  const state = {
    offerings: options.offerings ?? offerings,
    freeTimes: options.freeTimes ?? {
      [doctor.id]: [tuesdayNine, tuesdayNineTwenty, wednesdayOne, nextMondayTen],
      [doctorNorth.id]: [freeTime('2026-11-26T08:00:00Z', 20, nurseAnna, doctorNorth)],
      [laboratory.id]: [freeTime('2026-11-24T06:00:00Z', 10, nurseAnna, laboratory)],
    },
    bookings: [...(options.bookings ?? [])],
    preferences: options.preferences ?? { reminderChannel: 'email', serviceLanguage: null, updatedAt: null },
    reminderContact: options.reminderContact ?? {
      phone: '+358401234567',
      email: 'maija@example.fi',
      updatedAt: '2026-11-01T10:00:00.000Z',
    },
    rights: options.rights ?? [],
    bookFailures: [...(options.bookFailures ?? [])],
    reminderLink: options.reminderLink,
    byIdempotencyKey: new Map<string, Booking>(),
  };
  const calls: Call[] = [];
  const headers: Headers[] = [];
  let statusOfBatch = 200;

  const error = (code: string, httpStatus: number, path: string): Answer => {
    statusOfBatch = httpStatus;
    return { error: { message: rawServerMessage, code: -32000, data: { code, httpStatus, path } } };
  };
  const ok = (data: unknown): Answer => ({ result: { data } });
  const findBooking = (id: string) => state.bookings.find((booking) => booking.id === id);

  const answer = (path: string, input: Record<string, unknown>): Answer | 'network' => {
    switch (path) {
      case 'units.list':
        return ok([...new Map(state.offerings.map(({ unit }) => [unit.id, unit])).values()]);
      case 'catalogue.search':
        return ok(
          state.offerings.filter(
            ({ service, unit, languages }) =>
              (!input.category || service.category === input.category) &&
              (!input.municipality || unit.municipality === input.municipality) &&
              (!input.unitId || unit.id === input.unitId) &&
              (!input.language || languages.includes(input.language as 'fi')) &&
              (!input.channel || service.channels.includes(input.channel as 'onSite')),
          ),
        );
      case 'freeTimes.first':
        return ok(
          state.offerings
            .filter(({ service }) => service.code === input.serviceCode)
            .flatMap(({ service, unit }) => {
              const first = state.freeTimes[service.id]?.[0];
              return first ? [{ service, unit, freeTime: first }] : [];
            }),
        );
      case 'freeTimes.week': {
        const offering = state.offerings.find(({ service }) => service.id === input.serviceTypeId);
        if (!offering) return error('SERVICE_TYPE_NOT_FOUND', 404, path);
        const from = new Date(`${String(input.weekStart)}T00:00:00+02:00`).getTime();
        const to = from + 7 * 86_400_000;
        const times = (state.freeTimes[offering.service.id] ?? []).filter((time) => {
          const start = new Date(time.start).getTime();
          return start >= from && start < to;
        });
        return ok({ service: offering.service, unit: offering.unit, freeTimes: times });
      }
      case 'preferences.get':
        return ok(state.preferences);
      case 'reminderContact.get':
        return ok(state.reminderContact);
      case 'reminderContact.update': {
        const parsed = updateReminderContactInputSchema.safeParse(input);
        if (!parsed.success) return error('VALIDATION_FAILED', 400, path);
        state.reminderContact = {
          phone: parsed.data.phone,
          email: parsed.data.email,
          updatedAt: now.toISOString(),
        };
        return ok(state.reminderContact);
      }
      case 'bookingRights.mine':
        return ok(state.rights);
      case 'bookings.book': {
        const failure = state.bookFailures.shift();
        if (failure === 'network') {
          // Booked, but the answer is lost on the way: the retry must get this same booking.
          const booked = book(input);
          state.byIdempotencyKey.set(String(input.idempotencyKey), booked);
          return 'network';
        }
        if (failure) return error(failure, 409, path);
        const earlier = state.byIdempotencyKey.get(String(input.idempotencyKey));
        if (earlier) return ok(earlier);
        const booked = book(input);
        state.byIdempotencyKey.set(String(input.idempotencyKey), booked);
        return ok(booked);
      }
      case 'bookings.mine': {
        // As the service does: a time not yet over is upcoming, also when cancelled.
        const upcoming = state.bookings.filter((b) => new Date(b.end) > now);
        return ok({ upcoming, past: state.bookings.filter((b) => !upcoming.includes(b)) });
      }
      case 'bookings.get': {
        const booking = findBooking(String(input.bookingId));
        return booking ? ok(booking) : error('BOOKING_NOT_FOUND', 404, path);
      }
      case 'bookings.cancel': {
        const booking = findBooking(String(input.bookingId));
        if (!booking) return error('BOOKING_NOT_FOUND', 404, path);
        if (!booking.canChange) return error('CUT_OFF_PASSED', 409, path);
        booking.status = 'cancelled';
        booking.cancelledBy = 'resident';
        return ok(booking);
      }
      case 'bookings.reschedule': {
        const booking = findBooking(String(input.bookingId));
        if (!booking) return error('BOOKING_NOT_FOUND', 404, path);
        const times = state.freeTimes[booking.service.id] ?? [];
        const time = times.find(
          (entry) => entry.start === input.start && entry.resourceId === input.resourceId,
        );
        if (!time) return error('TIME_TAKEN', 409, path);
        state.freeTimes[booking.service.id] = times.filter((entry) => entry !== time);
        Object.assign(booking, { start: time.start, end: time.end });
        return ok(booking);
      }
      case 'bookings.calendarFile': {
        const booking = findBooking(String(input.bookingId));
        if (!booking) return error('BOOKING_NOT_FOUND', 404, path);
        return ok({
          fileName: 'ajanvaraus.ics',
          mediaType: 'text/calendar',
          content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        });
      }
      case 'reminderLink.view':
      case 'reminderLink.cancel': {
        const link = state.reminderLink;
        if (!link) return error('REMINDER_LINK_INVALID', 404, path);
        if ('errorCode' in link) return error(link.errorCode, link.httpStatus, path);
        if (path === 'reminderLink.cancel')
          state.reminderLink = { ...link, status: 'cancelled', canCancel: false };
        return ok(state.reminderLink);
      }
      default:
        return error('NOT_FOUND', 404, path);
    }
  };

  function book(input: Record<string, unknown>): Booking {
    const times = Object.values(state.freeTimes).flat();
    const time = times.find((entry) => entry.start === input.start && entry.resourceId === input.resourceId);
    if (!time) throw new Error('the fake was asked to book a time it does not have');
    for (const [serviceId, list] of Object.entries(state.freeTimes)) {
      state.freeTimes[serviceId] = list.filter((entry) => entry !== time);
    }
    const booking = bookingOf(time, {
      id: bookingId(state.bookings.length + 1),
      channel: input.channel as Booking['channel'],
      reminderChannel: input.reminderChannel as Booking['reminderChannel'],
      message: typeof input.message === 'string' ? input.message : null,
    });
    state.bookings.push(booking);
    return booking;
  }

  const fetch = async (request: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(request));
    headers.push(new Headers(init?.headers));
    const paths = url.pathname.replace(/^.*\/trpc\//, '').split(',');
    const inputText =
      init?.method === 'POST' ? String(init.body ?? '{}') : (url.searchParams.get('input') ?? '{}');
    const inputs = JSON.parse(inputText) as Record<string, Record<string, unknown> | undefined>;
    statusOfBatch = 200;
    const answers = paths.map((path, index) => {
      const input = inputs[index] ?? {};
      calls.push({ path, input });
      return answer(path, input);
    });
    if (answers.includes('network')) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answers), {
      status: paths.length > 1 ? 207 : statusOfBatch,
      headers: { 'content-type': 'application/json' },
    });
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    state,
    calls,
    headers,
    /** The inputs of every call of one procedure. */
    inputsOf: (path: string) => calls.filter((call) => call.path === path).map((call) => call.input),
  };
}
