// Who may call what, over HTTP with real tokens: every procedure of the booking service against every kind
// of caller. Only the allowed pass; every refusal is a typed error with a code and nothing else in it.
import {
  demoResourceIds,
  demoScheduleTemplateIdOf,
  demoUnitIds,
  listServicesOfUnit,
} from '@asiointi/booking-data';
import { type TestPersonKey, testPersons } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { lifecycleInputs, prepareMatrixBookings } from './bookings/support/matrix-bookings';
import { useBookingOverHttp } from './support/booking-over-http';
import { type BookingCaller, callBooking } from './support/call-booking';
import { useIdentityProvider } from './support/identity-provider';

const callers = {
  anonymous: {},
  theResidentThemself: { person: 'englishSpeakerEmily' },
  anotherResidentForAChild: { person: 'englishSpeakerEmily', actingFor: 'childEetuUnder12' },
  guardianForChildUnder12: { person: 'guardianAnna', actingFor: 'childEetuUnder12' },
  guardianFor14YearOldWhoHasNotAllowed: { person: 'guardianAnna', actingFor: 'minorAino14NotAllowed' },
  guardianForChildWithNonDisclosure: { person: 'guardianMikko', actingFor: 'childEllaNonDisclosure' },
  bookingAdminOfAnotherUnit: { person: 'bookingAdminLiisa' },
  nurseOfAnotherUnit: { person: 'nurseNorthTuomas' },
  nurseOfTheUnit: { person: 'nurseSari' },
  bookingAdminOfTheUnit: { person: 'bookingAdminLiisa' },
} satisfies Record<string, BookingCaller & { person?: TestPersonKey; actingFor?: TestPersonKey }>;
type CallerName = keyof typeof callers;

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'ACTING_FOR_NOT_ALLOWED';

const everyoneMay: Record<CallerName, Outcome> = {
  anonymous: 'ok',
  theResidentThemself: 'ok',
  anotherResidentForAChild: 'ok',
  guardianForChildUnder12: 'ok',
  guardianFor14YearOldWhoHasNotAllowed: 'ok',
  guardianForChildWithNonDisclosure: 'ok',
  bookingAdminOfAnotherUnit: 'ok',
  nurseOfAnotherUnit: 'ok',
  nurseOfTheUnit: 'ok',
  bookingAdminOfTheUnit: 'ok',
};

const theSubjectPersonMay: Record<CallerName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  theResidentThemself: 'ok',
  anotherResidentForAChild: 'ACTING_FOR_NOT_ALLOWED',
  guardianForChildUnder12: 'ok',
  guardianFor14YearOldWhoHasNotAllowed: 'ACTING_FOR_NOT_ALLOWED',
  guardianForChildWithNonDisclosure: 'ACTING_FOR_NOT_ALLOWED',
  bookingAdminOfAnotherUnit: 'FORBIDDEN',
  nurseOfAnotherUnit: 'FORBIDDEN',
  nurseOfTheUnit: 'FORBIDDEN',
  bookingAdminOfTheUnit: 'FORBIDDEN',
};

const bookingAdminOfTheUnitMay: Record<CallerName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  theResidentThemself: 'FORBIDDEN',
  anotherResidentForAChild: 'FORBIDDEN',
  guardianForChildUnder12: 'FORBIDDEN',
  guardianFor14YearOldWhoHasNotAllowed: 'FORBIDDEN',
  guardianForChildWithNonDisclosure: 'FORBIDDEN',
  bookingAdminOfAnotherUnit: 'FORBIDDEN',
  nurseOfAnotherUnit: 'FORBIDDEN',
  nurseOfTheUnit: 'FORBIDDEN',
  bookingAdminOfTheUnit: 'ok',
};

/** Any staff member with a booking role somewhere: their own units, whichever those are. */
const bookingStaffMay: Record<CallerName, Outcome> = {
  ...bookingAdminOfTheUnitMay,
  bookingAdminOfAnotherUnit: 'ok',
  nurseOfAnotherUnit: 'ok',
  nurseOfTheUnit: 'ok',
};

/** Staff of the unit who work with its bookings (booking administrators and nurses) may read its catalogue. */
const unitStaffMay: Record<CallerName, Outcome> = { ...bookingAdminOfTheUnitMay, nurseOfTheUnit: 'ok' };

/** Professionals who assess needs (nurses) grant booking rights; a booking administrator does not. */
const needAssessorOfTheUnitMay: Record<CallerName, Outcome> = {
  ...bookingAdminOfTheUnitMay,
  nurseOfTheUnit: 'ok',
  bookingAdminOfTheUnit: 'FORBIDDEN',
};

/** Liisa administers Kaijonharju and Kuusamo; as "booking admin of another unit" she asks about Tuira. */
const unitOf = (caller: CallerName) =>
  caller === 'bookingAdminOfAnotherUnit' ? demoUnitIds.tuira : demoUnitIds.kaijonharju;
const resourceOf = (caller: CallerName) =>
  caller === 'bookingAdminOfAnotherUnit' ? demoResourceIds.tuiraDentist : demoResourceIds.kaijonharjuNurse;
const emilysIdentityCode = testPersons.flatMap((person) =>
  person.key === 'englishSpeakerEmily' && person.kind === 'resident' ? [person.identityCode] : [],
)[0];

interface ProcedureCase {
  mutation?: boolean;
  /** The input, given the ids of a service type in the caller's "own" unit and in another unit. */
  input?: (serviceTypes: { ofTheUnit: string; ofAnotherUnit: string }, caller: CallerName) => unknown;
  allowed: Record<CallerName, Outcome>;
}

const procedures: Record<string, ProcedureCase> = {
  'units.list': { allowed: everyoneMay },
  'services.listByUnit': { input: () => ({ unitId: demoUnitIds.tuira }), allowed: everyoneMay },
  // The catalogue and free times are public: not personal data.
  'catalogue.search': { input: () => ({ unitId: demoUnitIds.tuira }), allowed: everyoneMay },
  'freeTimes.week': {
    input: (serviceTypes) => ({ serviceTypeId: serviceTypes.ofTheUnit, weekStart: '2026-12-07' }),
    allowed: everyoneMay,
  },
  'freeTimes.first': { input: () => ({ serviceCode: 'nurse-appointment', days: 7 }), allowed: everyoneMay },
  'preferences.get': { allowed: theSubjectPersonMay },
  'preferences.update': {
    mutation: true,
    input: () => ({ reminderChannel: 'email', serviceLanguage: 'fi' }),
    allowed: theSubjectPersonMay,
  },
  // The resident's own number and address, but asked like every resident procedure: a refused X-Acting-For
  // is refused here too.
  'reminderContact.get': { allowed: theSubjectPersonMay },
  'reminderContact.update': {
    mutation: true,
    input: () => ({ phone: '0401234567', email: null, confirmed: true }),
    allowed: theSubjectPersonMay,
  },
  'audit.myDataEvents': { input: () => ({ limit: 5 }), allowed: theSubjectPersonMay },
  'serviceTypes.setSelfBookable': {
    mutation: true,
    input: (serviceTypes, caller) => ({
      // Liisa administers Kaijonharju and Kuusamo; Tuira is another unit to her.
      serviceTypeId:
        caller === 'bookingAdminOfAnotherUnit' ? serviceTypes.ofAnotherUnit : serviceTypes.ofTheUnit,
      selfBookable: true,
    }),
    allowed: bookingAdminOfTheUnitMay,
  },
  'serviceTypes.list': { input: (_, caller) => ({ unitId: unitOf(caller) }), allowed: unitStaffMay },
  'serviceTypes.save': {
    mutation: true,
    input: (_, caller) => ({
      unitId: unitOf(caller),
      code: 'matrix-check',
      category: 'health',
      name: { fi: 'Tarkistus', sv: 'Kontroll', en: 'Check' },
      durationMinutes: 20,
      channels: ['onSite'],
      selfBookable: false,
      requiresBookingRight: false,
      cancellationCutOffHours: 24,
      bookingHorizonDays: 30,
      sensitive: false,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      requiredSkill: 'nurse',
      careGuarantee: null,
    }),
    allowed: bookingAdminOfTheUnitMay,
  },
  'units.mine': { allowed: bookingStaffMay },
  'units.update': {
    mutation: true,
    input: (_, caller) => ({
      id: unitOf(caller),
      phone: '+358 8 5584 1001',
      openingHours: { mon: [{ start: '08:00', end: '16:00' }] },
      accessibility: null,
    }),
    allowed: bookingAdminOfTheUnitMay,
  },
  'resources.list': { input: (_, caller) => ({ unitId: unitOf(caller) }), allowed: unitStaffMay },
  'resources.save': {
    mutation: true,
    input: (_, caller) => ({
      unitId: unitOf(caller),
      kind: 'room',
      name: 'Huone 9',
      skills: [],
      languages: ['fi'],
      active: true,
    }),
    allowed: bookingAdminOfTheUnitMay,
  },
  'schedules.get': { input: (_, caller) => ({ resourceId: resourceOf(caller) }), allowed: unitStaffMay },
  'schedules.createTemplate': {
    mutation: true,
    // Before the demo template's validity, so that only authorisation decides.
    input: (_, caller) => ({
      resourceId: resourceOf(caller),
      validFrom: '2025-01-01',
      validUntil: '2025-06-30',
      workingPeriods: { mon: [{ start: '08:00', end: '12:00' }] },
    }),
    allowed: bookingAdminOfTheUnitMay,
  },
  'schedules.addException': {
    mutation: true,
    input: (_, caller) => ({
      kind: 'absence',
      resourceId: resourceOf(caller),
      date: '2025-05-05',
      period: null,
    }),
    allowed: bookingAdminOfTheUnitMay,
  },
  'schedules.blockTime': {
    mutation: true,
    input: (_, caller) => ({
      resourceId: resourceOf(caller),
      start: '2025-05-05T09:00:00+03:00',
      end: '2025-05-05T10:00:00+03:00',
    }),
    allowed: bookingAdminOfTheUnitMay,
  },
  'schedules.remove': {
    mutation: true,
    // The social worker's usual week: no other procedure here books her.
    input: (_, caller) => ({
      kind: 'template',
      id: demoScheduleTemplateIdOf(
        caller === 'bookingAdminOfAnotherUnit'
          ? demoResourceIds.tuiraHygienist
          : demoResourceIds.kaijonharjuSocialWorker,
      ),
    }),
    allowed: bookingAdminOfTheUnitMay,
  },
  'bookingRights.grant': {
    mutation: true,
    input: (_, caller) => ({
      unitId: unitOf(caller),
      identityCode: emilysIdentityCode,
      serviceCode: 'doctor-appointment',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      usesAllowed: 1,
      needAssessedAt: '2026-01-02T10:00:00+02:00',
    }),
    allowed: needAssessorOfTheUnitMay,
  },
  'bookingRights.issueInvitationCodes': {
    mutation: true,
    input: (_, caller) => ({
      unitId: unitOf(caller),
      serviceCode: 'blood-sample',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      usesAllowed: 1,
      count: 1,
    }),
    allowed: bookingAdminOfTheUnitMay,
  },
  'bookingRights.mine': { allowed: theSubjectPersonMay },
  'figures.list': {
    input: (_, caller) => ({ unitIds: [unitOf(caller)], from: '2026-11-01', until: '2026-11-30' }),
    allowed: bookingAdminOfTheUnitMay,
  },
  // The booking lifecycle: residents' own bookings, the unit's staff, and reminder links (public).
  'bookings.book': { mutation: true, input: lifecycleInputs.book, allowed: theSubjectPersonMay },
  'bookings.mine': { allowed: theSubjectPersonMay },
  'bookings.get': { input: lifecycleInputs.get, allowed: theSubjectPersonMay },
  'bookings.cancel': { mutation: true, input: lifecycleInputs.cancel, allowed: theSubjectPersonMay },
  'bookings.reschedule': { mutation: true, input: lifecycleInputs.reschedule, allowed: theSubjectPersonMay },
  'bookings.calendarFile': { input: lifecycleInputs.get, allowed: theSubjectPersonMay },
  'staffBookings.dayList': {
    input: (_, caller) => ({ unitId: unitOf(caller), date: '2026-12-01' }),
    allowed: unitStaffMay,
  },
  'staffBookings.bookOnBehalf': {
    mutation: true,
    input: lifecycleInputs.bookOnBehalf,
    allowed: unitStaffMay,
  },
  'staffBookings.mark': { mutation: true, input: lifecycleInputs.mark, allowed: unitStaffMay },
  'staffBookings.undoMark': { mutation: true, input: lifecycleInputs.undoMark, allowed: unitStaffMay },
  'staffBookings.cancel': { mutation: true, input: lifecycleInputs.staffCancel, allowed: unitStaffMay },
  'reminderLink.view': { input: lifecycleInputs.linkView, allowed: everyoneMay },
  'reminderLink.cancel': { mutation: true, input: lifecycleInputs.linkCancel, allowed: everyoneMay },
};

const httpStatusOf: Record<Exclude<Outcome, 'ok'>, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ACTING_FOR_NOT_ALLOWED: 403,
};

/** Everything that would identify a person, to be found in no refusal. */
const personalData = testPersons.flatMap((person) => [
  person.subject,
  person.name.given,
  person.name.family,
  ...(person.kind === 'resident' ? [person.identityCode, person.birthDate] : []),
]);

const matrix = Object.entries(procedures).flatMap(([procedure, spec]) =>
  (Object.keys(callers) as CallerName[]).map((caller) => [procedure, caller, spec.allowed[caller]] as const),
);

describe('the authorisation matrix covers every procedure of the router', () => {
  it('names each one', async () => {
    const { bookingRouter } = await import('../src/index');
    expect(Object.keys(bookingRouter._def.procedures).sort()).toEqual(Object.keys(procedures).sort());
  });
});

describeOnDatabases('booking authorisation matrix', (engine) => {
  const identity = useIdentityProvider();
  const booking = useBookingOverHttp(engine, identity);
  const serviceTypes = { ofTheUnit: '', ofAnotherUnit: '' };
  beforeAll(async () => {
    const nurse = await listServicesOfUnit(booking.db(), demoUnitIds.kaijonharju);
    const dental = await listServicesOfUnit(booking.db(), demoUnitIds.tuira);
    serviceTypes.ofTheUnit = nurse?.find((service) => service.code === 'nurse-appointment')?.id ?? '';
    serviceTypes.ofAnotherUnit = dental?.[0]?.id ?? '';
    await prepareMatrixBookings(
      booking.db(),
      { ofTheUnit: demoUnitIds.kaijonharju, ofAnotherUnit: demoUnitIds.tuira },
      async (input) => {
        const booked = await callBooking(
          booking.url(),
          identity,
          callers.theResidentThemself,
          'bookings.book',
          {
            mutation: true,
            input,
          },
        );
        return (booked.data as { id: string }).id;
      },
      Object.keys(callers),
    );
  });

  it.each(matrix)('%s by %s: %s', async (procedure, caller, outcome) => {
    const spec = procedures[procedure];
    const result = await callBooking(booking.url(), identity, callers[caller], procedure, {
      mutation: spec?.mutation,
      input: spec?.input?.(serviceTypes, caller),
    });
    if (outcome === 'ok') {
      expect(result.status, result.text).toBe(200);
      expect(result.data).toBeDefined();
      return;
    }
    expect(result.status).toBe(httpStatusOf[outcome]);
    // The refusal is a code and nothing else: no message of its own, no issues, no data.
    expect(result.error?.message).toBe(outcome);
    expect(result.error?.data).toEqual({
      code: outcome,
      trpcCode: outcome === 'UNAUTHENTICATED' ? 'UNAUTHORIZED' : 'FORBIDDEN',
      httpStatus: httpStatusOf[outcome],
    });
    for (const data of personalData) expect(result.text).not.toContain(data);
    expect(result.text).not.toContain(serviceTypes.ofTheUnit);
  });

  it('works on the acted-for person’s data, not the guardian’s', async () => {
    const guardian = callers.guardianForChildUnder12;
    const input = { reminderChannel: 'none', serviceLanguage: 'sv' };
    await callBooking(booking.url(), identity, guardian, 'preferences.update', { mutation: true, input });
    const child = await callBooking(booking.url(), identity, guardian, 'preferences.get');
    expect(child.data).toMatchObject(input);
    const own = await callBooking(booking.url(), identity, { person: 'guardianAnna' }, 'preferences.get');
    // The guardian's own row may exist (the matrix stored their reminder contact), untouched by the child's.
    expect(own.data).toMatchObject({ reminderChannel: 'sms', serviceLanguage: null });
  });
});
