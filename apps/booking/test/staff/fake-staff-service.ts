import type {
  DayListEntry,
  ListedResource,
  SaveResourceInput,
  ResourceSchedule,
  ServiceType,
  StaffUnit,
  Unit,
  WeekFreeTimes,
} from '@asiointi/booking-contract';
import {
  measuredFigure,
  shareFigure,
  suppressIfSmall,
  type FigureDescription,
  type FigureScope,
  type FiguresList,
} from '@asiointi/platform-contract';
import {
  anonymousRemoteAuth,
  type RemoteAuth,
  type StaffRoleInUnit,
} from '@asiointi/platform-federation/auth';
import { addCalendarDays, helsinkiInstant, type PlainDate } from '@asiointi/platform-time';
import { dentalClinic, healthCentre, rawServerMessage } from '../fake-booking-service';

export const northCentre: Unit = {
  ...dentalClinic,
  id: '55555555-5555-4555-8555-555555555555',
  name: { fi: 'Pohjoisen terveysasema', sv: 'Norra hälsostationen', en: 'North health centre' },
};

/** A unit as units.mine names it. */
export function staffUnitOf({ id, name, municipality }: Unit, inBooking = true): StaffUnit {
  return { id, name, municipality, inBooking };
}

/** A unit of the unit directory that booking has no services in. */
export const familyCentre: StaffUnit = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  name: { fi: 'Perhekeskus Rantakylä', sv: 'Familjecentralen Strandby', en: 'Rantakylä family centre' },
  municipality: 'Merikaupunki',
  inBooking: false,
};

export const nurseRoom: ListedResource = {
  id: '66666666-6666-4666-8666-666666666666',
  unitId: healthCentre.id,
  kind: 'person',
  title: { fi: 'Sairaanhoitaja', sv: 'Sjukskötare', en: 'Nurse' },
  name: 'Laura Virtanen',
  displayName: {
    fi: 'Sairaanhoitaja Laura Virtanen',
    sv: 'Sjukskötare Laura Virtanen',
    en: 'Nurse Laura Virtanen',
  },
  skills: ['nurse'],
  languages: ['fi', 'sv'],
  active: true,
};

/** What the service answers to resources.save: the resource with its title and name as one display name. */
function savedResource({ id: _id, title, ...input }: SaveResourceInput): ListedResource {
  const named = (language: 'fi' | 'sv' | 'en') => (title ? `${title[language]} ${input.name}` : input.name);
  return {
    ...input,
    id: nurseRoom.id,
    title: title ?? null,
    displayName: { fi: named('fi'), sv: named('sv'), en: named('en') },
  };
}

export const nurseVisit: ServiceType = {
  id: '77777777-7777-4777-8777-777777777777',
  unitId: healthCentre.id,
  code: 'nurse-appointment',
  category: 'health',
  name: { fi: 'Sairaanhoitajan vastaanotto', sv: 'Sjukskötarmottagning', en: 'Nurse appointment' },
  durationMinutes: 30,
  channels: ['onSite', 'phone'],
  selfBookable: true,
  requiresBookingRight: false,
  cancellationCutOffHours: 24,
  cancellationTerms: null,
  bookingHorizonDays: 90,
  sensitive: false,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 5,
  requiredSkill: 'nurse',
  careGuarantee: { limitDays: 14 },
};

export const bookingOfMatti: DayListEntry = {
  id: '88888888-8888-4888-8888-888888888888',
  start: '2026-03-30T06:00:00.000Z',
  end: '2026-03-30T06:30:00.000Z',
  resource: { id: nurseRoom.id, name: nurseRoom.displayName },
  service: { id: nurseVisit.id, code: nurseVisit.code, name: nurseVisit.name },
  person: { given: 'Matti', family: 'Meikäläinen' },
  status: 'booked',
  statusChangedAt: null,
  channel: 'onSite',
  bookedBy: 'resident',
  message: null,
};

export const emptySchedule: ResourceSchedule = { templates: [], exceptions: [], blockedTimes: [] };

const described = (
  id: string,
  measure: FigureDescription['measure'],
  title: FigureDescription['title'],
  definition: FigureDescription['definition'],
): FigureDescription => ({ id, version: 1, title, definition, measure, higherIsBetter: measure !== 'days' });

export const figureDescriptions = {
  t3: described(
    'booking.t3',
    'days',
    { fi: 'T3 (kolmas vapaa aika)', sv: 'T3 (tredje lediga tiden)', en: 'T3 (third next free time)' },
    {
      fi: 'Päiviä laskentapäivästä palvelun kolmanteen vapaaseen aikaan.',
      sv: 'Dagar från beräkningsdagen till tjänstens tredje lediga tid.',
      en: 'Days from the day of computation to the third next free time of the service.',
    },
  ),
  careGuarantee: described(
    'booking.care-guarantee-share',
    'share',
    {
      fi: 'Käynnit hoitotakuun ajassa',
      sv: 'Besök inom vårdgarantin',
      en: 'Visits within the care guarantee',
    },
    {
      fi: 'Osuus käynneistä hoitotakuun ajassa.',
      sv: 'Andelen besök inom vårdgarantin.',
      en: 'Share of visits in time.',
    },
  ),
  noShow: described(
    'booking.no-show-rate',
    'rate',
    { fi: 'Saapumatta jääneiden osuus', sv: 'Andel uteblivna besök', en: 'No-show rate' },
    { fi: 'Saapumatta jääneet varaukset.', sv: 'Uteblivna bokningar.', en: 'Bookings not come to.' },
  ),
  selfService: described(
    'booking.self-service-share',
    'share',
    {
      fi: 'Omatoimisten varausten osuus',
      sv: 'Andel bokningar invånarna gjort själva',
      en: 'Self-service share of bookings',
    },
    {
      fi: 'Asukkaiden itse tekemät varaukset.',
      sv: 'Bokningar invånarna gjort själva.',
      en: 'Bookings residents made.',
    },
  ),
};

const ofNurseVisit = (period: FigureScope['period']): FigureScope => ({
  period,
  // Thursday 4 March 2027 at 15:00 in Helsinki.
  computedAt: '2027-03-04T13:00:00.000Z',
  dimensions: { unitId: healthCentre.id, service: { code: nurseVisit.code, name: nurseVisit.name } },
});
const february = ofNurseVisit({ from: '2027-02-01', until: '2027-02-28' });

/** The health centre's figures as the service answers figures.list: one of each status. */
export const figuresOfCentre: FiguresList = {
  module: 'booking',
  figures: [
    measuredFigure(figureDescriptions.t3, ofNurseVisit({ from: '2027-03-04', until: '2027-03-04' }), {
      value: 3,
      n: 25,
    }),
    shareFigure(figureDescriptions.careGuarantee, february, { numerator: 1080, denominator: 1234 }),
    suppressIfSmall(shareFigure(figureDescriptions.noShow, february, { numerator: 1, denominator: 3 }), 5),
    shareFigure(figureDescriptions.selfService, february, { numerator: 0, denominator: 0 }),
  ],
};

/** The Sunday of the week from `weekStart`, 10.00 in Helsinki. */
export function sundayTenOf(weekStart: PlainDate): string {
  return helsinkiInstant(addCalendarDays(weekStart, 6), '10:00').toISOString();
}

export function weekOf(start: string): WeekFreeTimes {
  return {
    service: nurseVisit,
    unit: healthCentre,
    freeTimes: [
      {
        serviceTypeId: nurseVisit.id,
        unitId: healthCentre.id,
        resourceId: nurseRoom.id,
        resourceName: nurseRoom.displayName,
        start,
        end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
        changeableUntil: new Date(Date.parse(start) - 24 * 3_600_000).toISOString(),
        changeableOnline: true,
      },
    ],
  };
}

/** An answer, or a typed error as the service gives it. */
export type Answer = unknown | { errorCode: string; httpStatus: number };
type Handler = (input: unknown) => Answer;

export interface StaffCall {
  path: string;
  input: unknown;
}

/** A fetch answering the staff procedures in tRPC's batch wire format; every call is recorded. */
export function fakeStaffFetch(overrides: Record<string, Handler> = {}) {
  const calls: StaffCall[] = [];
  const headers: Headers[] = [];
  const handlers: Record<string, Handler> = {
    'units.list': () => [healthCentre, northCentre, dentalClinic],
    // The default staff member (bookingAdminOfCentre) holds a role in the health centre only.
    'units.mine': () => ({ units: [staffUnitOf(healthCentre)], notShown: 0 }),
    'resources.list': () => [nurseRoom],
    'serviceTypes.list': () => [nurseVisit],
    'resources.save': (input) => savedResource(input as SaveResourceInput),
    'serviceTypes.save': (input) => ({ id: nurseVisit.id, ...(input as object) }),
    'schedules.get': () => emptySchedule,
    'schedules.createTemplate': (input) => ({
      id: '99999999-9999-4999-8999-999999999991',
      ...(input as object),
    }),
    'schedules.addException': (input) => ({
      id: '99999999-9999-4999-8999-999999999992',
      ...(input as object),
    }),
    'schedules.blockTime': (input) => ({ id: '99999999-9999-4999-8999-999999999993', ...(input as object) }),
    'schedules.remove': () => ({ removed: true }),
    'staffBookings.dayList': () => [bookingOfMatti],
    'staffBookings.mark': (input) => ({ ...bookingOfMatti, status: (input as { status: string }).status }),
    'staffBookings.cancel': () => ({ ...bookingOfMatti, status: 'cancelled' }),
    'staffBookings.bookOnBehalf': () => ({ ...bookingOfMatti, bookedBy: 'staff' }),
    // One time each week, on its Sunday at 10.00: a day that has not passed, whatever day the test runs.
    'freeTimes.week': (input) => weekOf(sundayTenOf((input as { weekStart: PlainDate }).weekStart)),
    'figures.list': () => figuresOfCentre,
    'bookingRights.grant': () => ({ id: '99999999-9999-4999-8999-999999999994' }),
    'bookingRights.issueInvitationCodes': (input) => ({
      codes: Array.from({ length: (input as { count: number }).count }, (_, index) => `ABCD-EFGH-${index}`),
    }),
    ...overrides,
  };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    headers.push(new Headers(init?.headers));
    const paths = url.pathname.replace(/^.*\/trpc\//, '').split(',');
    const inputText =
      init?.method === 'POST' ? String(init.body ?? '{}') : (url.searchParams.get('input') ?? '{}');
    const inputs = JSON.parse(inputText) as Record<string, unknown>;
    let status = 200;
    const body = paths.map((path, index) => {
      const callInput = inputs[index];
      calls.push({ path, input: callInput });
      const handler = handlers[path];
      const answer: Answer = handler ? handler(callInput) : { errorCode: 'NOT_FOUND', httpStatus: 404 };
      if (typeof answer === 'object' && answer !== null && 'errorCode' in answer) {
        const { errorCode, httpStatus } = answer as { errorCode: string; httpStatus: number };
        status = httpStatus;
        return {
          error: { message: rawServerMessage, code: -32000, data: { code: errorCode, httpStatus, path } },
        };
      }
      return { result: { data: answer } };
    });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  const callsTo = (path: string) => calls.filter((call) => call.path === path).map(({ input }) => input);
  return { fetch: fetch as typeof globalThis.fetch, calls, callsTo, headers };
}

/** A signed-in staff member as the shell passes them to the remote: an opaque token, roles alongside. */
export function staffAuth(staffRoles: StaffRoleInUnit[]): RemoteAuth {
  return {
    ...anonymousRemoteAuth,
    principalKind: 'staff',
    getAccessToken: async () => 'staff-token',
    staffRoles,
  };
}

export const bookingAdminOfCentre = staffAuth([{ role: 'booking-admin', unitId: healthCentre.id }]);
