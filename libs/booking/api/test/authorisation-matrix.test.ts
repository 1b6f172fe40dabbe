// Who may call what, over HTTP with real tokens: every procedure of the booking service against every kind
// of caller. Only the allowed pass; every refusal is a typed error with a code and nothing else in it.
import { demoUnitIds, listServicesOfUnit } from '@asiointi/booking-data';
import { type TestPersonKey, testPersons } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
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

interface ProcedureCase {
  mutation?: boolean;
  /** The input, given the ids of a service type in the caller's "own" unit and in another unit. */
  input?: (serviceTypes: { ofTheUnit: string; ofAnotherUnit: string }, caller: CallerName) => unknown;
  allowed: Record<CallerName, Outcome>;
}

const procedures: Record<string, ProcedureCase> = {
  'units.list': { allowed: everyoneMay },
  'services.listByUnit': { input: () => ({ unitId: demoUnitIds.tuira }), allowed: everyoneMay },
  'preferences.get': { allowed: theSubjectPersonMay },
  'preferences.update': {
    mutation: true,
    input: () => ({ reminderChannel: 'email', serviceLanguage: 'fi' }),
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
    expect(own.data).toEqual({ reminderChannel: 'sms', serviceLanguage: null, updatedAt: null });
  });
});
