// Every booking procedure driven from its zod input schema (platform-service's input harness), as the
// public, a resident, a guardian acting for a child and staff of a unit: no input answers 5xx, no refused
// call leaves a row behind, and every input field has an upper bound.
import { bookingDatabaseDefinition } from '@asiointi/booking-data';
import { TEST_SUBJECTS, testPersons } from '@asiointi/dev-idp';
import { databaseFingerprint, describeOnDatabases, rowIds } from '@asiointi/platform-db/testing';
import {
  checkProcedureInputs,
  type HarnessCaller,
  routerProcedures,
  unboundedFields,
} from '@asiointi/platform-service/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookingRouter } from '../src/index';
import { useBookingOverHttp } from './support/booking-over-http';
import { useIdentityProvider } from './support/identity-provider';

const procedures = routerProcedures(bookingRouter);
const { schemaName } = bookingDatabaseDefinition;

describe('booking’s input schemas', () => {
  it.each(procedures.map((procedure) => [procedure.path, procedure] as const))(
    '%s bounds every field',
    (_, procedure) => {
      expect(unboundedFields(procedure.input)).toEqual([]);
    },
  );
});

describeOnDatabases('booking procedures driven from their input schemas', (engine) => {
  const identity = useIdentityProvider();
  // Hundreds of calls from one address: well over the per-client limit a real service keeps.
  const booking = useBookingOverHttp(engine, identity, { rateLimitPerMinute: 1_000_000 });
  const knownStrings: string[] = [];
  const tokenOf = (person: Parameters<typeof identity.tokenOf>[0]) => identity.tokenOf(person);
  const callers: Record<string, HarnessCaller> = {
    public: async () => ({}),
    resident: async () => ({ token: await tokenOf('englishSpeakerEmily') }),
    guardianForChild: async () => ({
      token: await tokenOf('guardianAnna'),
      actingFor: TEST_SUBJECTS.childEetuUnder12,
    }),
    nurseOfUnit: async () => ({ token: await tokenOf('nurseSari') }),
    bookingAdmin: async () => ({ token: await tokenOf('bookingAdminLiisa') }),
  };

  beforeAll(async () => {
    // Seeded ids, service codes and residents' identity codes: drawn inputs that name real things.
    knownStrings.push(
      ...(await rowIds(booking.db(), schemaName, { except: ['audit_log'] })),
      'nurse-appointment',
      'doctor-appointment',
      'dental-check-up',
      'nurse',
      ...testPersons.flatMap((person) => (person.kind === 'resident' ? [person.identityCode] : [])),
    );
  });

  it.each(procedures.map((procedure) => [procedure.path, procedure] as const))(
    '%s answers no 5xx and writes nothing when it refuses',
    async (_, procedure) => {
      await checkProcedureInputs({
        url: booking.url(),
        procedure,
        callers,
        dataFingerprint: databaseFingerprint(booking.db(), schemaName, { except: ['audit_log'] }),
        knownStrings,
        runs: 12,
      });
    },
  );
});
