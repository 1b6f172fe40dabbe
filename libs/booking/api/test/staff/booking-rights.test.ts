// Booking rights: invitation codes are shown once and stored only as hashes; a professional grants a right
// to a resident found by identity code, which is stored and logged nowhere; the resident sees their rights.
import { bookingRightSchema, invitationCodesSchema } from '@asiointi/booking-contract';
import { auditLog, bookingRights, demoUnitIds, hashBookingRightCode } from '@asiointi/booking-data';
import { TEST_SUBJECTS, testPersons } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { count, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { useIdentityProvider } from '../support/identity-provider';
import { useStaffBookingService } from './staff-service';

const emily = testPersons.find((person) => person.key === 'englishSpeakerEmily');
const emilyCode = emily?.kind === 'resident' ? emily.identityCode : '';

const grant = {
  unitId: demoUnitIds.kaijonharju,
  identityCode: emilyCode,
  serviceCode: 'doctor-appointment',
  validFrom: '2027-03-04',
  validUntil: '2027-06-30',
  usesAllowed: 2,
  needAssessedAt: '2027-03-04T10:30:00+02:00',
};

const invitations = {
  unitId: demoUnitIds.kaijonharju,
  serviceCode: 'blood-sample',
  validFrom: '2027-03-01',
  validUntil: '2027-12-31',
  usesAllowed: 1,
  count: 3,
};

describeOnDatabases('booking rights', (engine) => {
  const identity = useIdentityProvider();
  const booking = useStaffBookingService(engine, identity);

  async function rightCount() {
    const [row] = await booking.db().select({ n: count() }).from(bookingRights);
    return row?.n ?? 0;
  }

  /** Every stored text of the booking rights and the audit log, to search for what must not be there. */
  async function storedText() {
    const rights = await booking.db().select().from(bookingRights);
    const audit = await booking.db().select().from(auditLog);
    return JSON.stringify([rights, audit]);
  }

  it('issues invitation codes once, storing only their hashes', async () => {
    const before = await rightCount();
    const issued = await booking.call(
      'bookingAdminLiisa',
      'bookingRights.issueInvitationCodes',
      invitations,
      true,
    );
    expect(issued.status, issued.text).toBe(200);
    const { codes } = invitationCodesSchema.parse(issued.data);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(await rightCount()).toBe(before + 3);

    const stored = await booking
      .db()
      .select()
      .from(bookingRights)
      .where(eq(bookingRights.serviceCode, 'blood-sample'));
    expect(stored.map((right) => right.codeHash).sort()).toEqual(codes.map(hashBookingRightCode).sort());
    expect(stored.every((right) => right.source === 'invitation' && right.personSubject === null)).toBe(true);
    const text = await storedText();
    for (const code of codes) {
      expect(text).not.toContain(code);
      expect(text).not.toContain(code.replaceAll('-', ''));
    }
    const [audit] = await booking
      .db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.purpose, 'invitation-letters'));
    expect(audit).toMatchObject({ action: 'create', resourceType: 'booking-right', subjectPerson: null });
  });

  it('refuses codes for another unit, a service the unit does not give, and bad input, writing nothing', async () => {
    const before = { rights: await rightCount(), audit: await booking.auditRows() };
    const call = (input: unknown, person: Parameters<typeof booking.call>[0] = 'bookingAdminLiisa') =>
      booking.call(person, 'bookingRights.issueInvitationCodes', input, true);
    expect((await call({ ...invitations, unitId: demoUnitIds.tuira })).code).toBe('FORBIDDEN');
    expect((await call(invitations, 'nurseSari')).code).toBe('FORBIDDEN');
    expect((await call(invitations, 'englishSpeakerEmily')).code).toBe('FORBIDDEN');
    expect((await call({ ...invitations, serviceCode: 'dental-check-up' })).code).toBe(
      'SERVICE_TYPE_NOT_FOUND',
    );
    expect((await call({ ...invitations, count: 0 })).code).toBe('VALIDATION_FAILED');
    expect((await call({ ...invitations, validUntil: '2027-01-01' })).code).toBe('VALIDATION_FAILED');
    expect({ rights: await rightCount(), audit: await booking.auditRows() }).toEqual(before);
  });

  it('grants a right to the resident found by identity code, storing and logging only the subject', async () => {
    const granted = await booking.call('nurseSari', 'bookingRights.grant', grant, true);
    expect(granted.status, granted.text).toBe(200);
    expect(bookingRightSchema.parse(granted.data)).toMatchObject({
      source: 'assessment',
      serviceCode: 'doctor-appointment',
      serviceName: { en: "Doctor's appointment" },
      usesAllowed: 2,
      usesLeft: 2,
    });
    const [stored] = await booking
      .db()
      .select()
      .from(bookingRights)
      .where(eq(bookingRights.id, (granted.data as { id: string }).id));
    expect(stored).toMatchObject({
      personSubject: TEST_SUBJECTS.englishSpeakerEmily,
      grantedBySubject: TEST_SUBJECTS.nurseSari,
      needAssessedAt: new Date('2027-03-04T08:30:00Z'),
    });
    const [audit] = await booking.db().select().from(auditLog).where(eq(auditLog.purpose, 'need-assessment'));
    expect(audit).toMatchObject({ subjectPerson: TEST_SUBJECTS.englishSpeakerEmily, action: 'create' });
    expect(await storedText()).not.toContain(emilyCode);
  });

  it('answers an identity code nobody can have with PERSON_NOT_FOUND, and refuses others', async () => {
    const before = { rights: await rightCount(), audit: await booking.auditRows() };
    // A valid-looking code with a wrong check character.
    const wrongCheck = `${emilyCode.slice(0, 10)}${emilyCode.endsWith('A') ? 'B' : 'A'}`;
    const notFound = await booking.call(
      'nurseSari',
      'bookingRights.grant',
      { ...grant, identityCode: wrongCheck },
      true,
    );
    expect([notFound.status, notFound.code]).toEqual([404, 'PERSON_NOT_FOUND']);
    expect(notFound.text).not.toContain(wrongCheck);
    expect((await booking.call('bookingAdminLiisa', 'bookingRights.grant', grant, true)).code).toBe(
      'FORBIDDEN',
    );
    expect((await booking.call('nurseNorthTuomas', 'bookingRights.grant', grant, true)).code).toBe(
      'FORBIDDEN',
    );
    expect((await booking.call('englishSpeakerEmily', 'bookingRights.grant', grant, true)).code).toBe(
      'FORBIDDEN',
    );
    const badInput = await booking.call(
      'nurseSari',
      'bookingRights.grant',
      { ...grant, usesAllowed: 0 },
      true,
    );
    expect(badInput.code).toBe('VALIDATION_FAILED');
    expect(badInput.text).not.toContain(emilyCode);
    expect({ rights: await rightCount(), audit: await booking.auditRows() }).toEqual(before);
  });

  it('shows the resident their usable rights as an audited read', async () => {
    // An expired right and a used-up one are not shown.
    const base = {
      source: 'assessment' as const,
      personSubject: TEST_SUBJECTS.englishSpeakerEmily,
      unitId: demoUnitIds.kaijonharju,
      serviceCode: 'nurse-appointment',
      grantedBySubject: TEST_SUBJECTS.nurseSari,
    };
    await booking
      .db()
      .insert(bookingRights)
      .values([
        { ...base, validFrom: '2026-01-01', validUntil: '2027-03-03', usesAllowed: 1 },
        { ...base, validFrom: '2027-01-01', validUntil: '2027-12-31', usesAllowed: 1, usesCount: 1 },
      ]);
    const before = await booking.auditRows();
    const mine = await booking.call('englishSpeakerEmily', 'bookingRights.mine');
    expect(mine.status, mine.text).toBe(200);
    expect(mine.data).toEqual([
      expect.objectContaining({ serviceCode: 'doctor-appointment', usesLeft: 2, validUntil: '2027-06-30' }),
    ]);
    expect(await booking.auditRows()).toBe(before + 1);
    const [read] = await booking
      .db()
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'read' and ${auditLog.resourceType} = 'booking-right'`);
    expect(read).toMatchObject({ subjectPerson: TEST_SUBJECTS.englishSpeakerEmily });

    expect((await booking.call('swedishSpeakerEbba', 'bookingRights.mine')).data).toEqual([]);
    expect((await booking.call('nurseSari', 'bookingRights.mine')).code).toBe('FORBIDDEN');
  });
});
