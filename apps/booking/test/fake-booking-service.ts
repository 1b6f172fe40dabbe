import { updateReminderContactInputSchema } from '@asiointi/booking-contract';
import type { BookableService, ReminderContact, ResidentPreferences, Unit } from '@asiointi/booking-contract';

export const healthCentre: Unit = {
  id: '11111111-1111-4111-8111-111111111111',
  name: { fi: 'Rantakylän terveysasema', sv: 'Strandby hälsostation', en: 'Rantakylä health centre' },
  municipality: 'Merikaupunki',
  streetAddress: 'Rantatie 5',
  phone: '+358 40 123 4567',
  openingHours: { mon: [{ start: '08:00', end: '16:00' }] },
  accessibility: {
    fi: 'Esteetön sisäänkäynti pääovelta.',
    sv: 'Tillgänglig ingång vid huvuddörren.',
    en: 'Step-free entrance at the main door.',
  },
};

export const dentalClinic: Unit = {
  id: '22222222-2222-4222-8222-222222222222',
  name: { fi: 'Satamakadun hammashoitola', sv: 'Hamngatans tandklinik', en: 'Satamakatu dental clinic' },
  municipality: 'Merikaupunki',
  streetAddress: 'Satamakatu 12',
  phone: null,
  openingHours: {},
  accessibility: null,
};

export const doctor: BookableService = {
  id: '33333333-3333-4333-8333-333333333333',
  unitId: '11111111-1111-4111-8111-111111111111',
  code: 'gp-appointment',
  category: 'health',
  name: { fi: 'Lääkärin vastaanotto', sv: 'Läkarmottagning', en: 'Doctor’s appointment' },
  durationMinutes: 20,
  channels: ['onSite', 'video'],
  selfBookable: true,
  requiresBookingRight: false,
  cancellationCutOffHours: 24,
  cancellationTerms: null,
  bookingHorizonDays: 90,
  sensitive: false,
};

export const laboratory: BookableService = {
  id: '44444444-4444-4444-8444-444444444444',
  unitId: '11111111-1111-4111-8111-111111111111',
  code: 'laboratory-sample',
  category: 'laboratory',
  name: { fi: 'Laboratorio', sv: 'Laboratorium', en: 'Laboratory' },
  durationMinutes: 10,
  channels: ['onSite'],
  selfBookable: false,
  requiresBookingRight: true,
  cancellationCutOffHours: 24,
  cancellationTerms: null,
  bookingHorizonDays: 90,
  sensitive: false,
};

/** Raw server text that must never reach the page. */
export const rawServerMessage = 'Internal: unit lookup failed in db';

interface FakeOptions {
  units?: Unit[];
  servicesByUnit?: Record<string, BookableService[]>;
  /** Answer every call as the network failing. */
  offline?: boolean;
  /** What `preferences.get` answers; an error code answers every preferences call with that error. */
  preferences?: ResidentPreferences | { errorCode: string; httpStatus: number };
  /** Refuse `preferences.update` with this code. */
  updateErrorCode?: string;
}

export const storedPreferences: ResidentPreferences = {
  reminderChannel: 'sms',
  serviceLanguage: 'sv',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

export const storedReminderContact: ReminderContact = {
  phone: '+358401234567',
  email: null,
  updatedAt: '2026-03-01T10:00:00.000Z',
};

/**
 * A fetch that answers as the booking service's tRPC endpoint would (httpBatchLink wire format),
 * including typed errors: UNIT_NOT_FOUND for an unknown unit, VALIDATION_FAILED for a bad id.
 */
export function fakeBookingFetch({
  units = [healthCentre, dentalClinic],
  servicesByUnit = { [healthCentre.id]: [doctor, laboratory], [dentalClinic.id]: [] },
  offline = false,
  preferences = storedPreferences,
  updateErrorCode,
}: FakeOptions = {}) {
  const calls: string[] = [];
  const languages: (string | null)[] = [];
  const headers: Headers[] = [];
  const updates: unknown[] = [];
  const contactUpdates: unknown[] = [];
  let reminderContact = storedReminderContact;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    calls.push(url.pathname);
    const requestHeaders = new Headers(init?.headers);
    headers.push(requestHeaders);
    languages.push(requestHeaders.get('accept-language'));
    if (offline) throw new TypeError('Failed to fetch');
    const paths = url.pathname.replace(/^.*\/trpc\//, '').split(',');
    // Queries carry their input in the URL, mutations (POST) in the body.
    const inputText =
      init?.method === 'POST' ? String(init.body ?? '{}') : (url.searchParams.get('input') ?? '{}');
    const inputs = JSON.parse(inputText) as Record<string, { unitId?: string }>;
    let status = 200;
    const error = (code: string, httpStatus: number, path: string) => {
      status = httpStatus;
      return { error: { message: rawServerMessage, code: -32000, data: { code, httpStatus, path } } };
    };
    const body = paths.map((path, index) => {
      if (path === 'units.list') return { result: { data: units } };
      if (path === 'services.listByUnit') {
        const unitId = inputs[index]?.unitId ?? '';
        if (!/^[0-9a-f-]{36}$/.test(unitId)) return error('VALIDATION_FAILED', 400, path);
        const services = servicesByUnit[unitId];
        return services ? { result: { data: services } } : error('UNIT_NOT_FOUND', 404, path);
      }
      if (path === 'reminderContact.get') return { result: { data: reminderContact } };
      if (path === 'reminderContact.update') {
        contactUpdates.push(inputs[index]);
        const parsed = updateReminderContactInputSchema.safeParse(inputs[index]);
        if (!parsed.success) return error('VALIDATION_FAILED', 400, path);
        reminderContact = {
          phone: parsed.data.phone,
          email: parsed.data.email,
          updatedAt: '2026-03-02T10:00:00.000Z',
        };
        return { result: { data: reminderContact } };
      }
      if (path.startsWith('preferences.')) {
        if ('errorCode' in preferences) return error(preferences.errorCode, preferences.httpStatus, path);
        if (path === 'preferences.get') return { result: { data: preferences } };
        if (updateErrorCode) return error(updateErrorCode, 400, path);
        updates.push(inputs[index]);
        return { result: { data: { ...(inputs[index] as object), updatedAt: '2026-03-02T10:00:00.000Z' } } };
      }
      return error('NOT_FOUND', 404, path);
    });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, languages, headers, updates, contactUpdates };
}
