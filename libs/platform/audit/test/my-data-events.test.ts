import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { initTRPC, TRPCError } from '@trpc/server';
import { beforeAll, expect, it } from 'vitest';
import {
  type AuditActor,
  type AuditDatabase,
  type AuditedProcedureMeta,
  createAuditRouter,
  defineAuditVocabulary,
  encodeEventCursor,
  myDataEventsOutputSchema,
  recordAudit,
} from '../src/index';
import {
  annaForEetu,
  annaSubject,
  eetuSubject,
  fixtureDatabase,
  fixtureLog,
  nurseInUnit,
} from './fixture-database';
import { auditLog } from './fixtures/audit-fixture-schema';

/** Stands in for a service's resident procedure: the subject person comes straight from the context. */
interface FixtureContext {
  db: AuditDatabase;
  requestId: string;
  subject: string;
  actor: AuditActor;
}
const t = initTRPC.context<FixtureContext>().meta<AuditedProcedureMeta>().create();
const residentProcedure = t.procedure.use(({ ctx, next }) =>
  next({
    ctx: {
      subjectPerson: { subject: ctx.subject },
      auditContext: { requestId: ctx.requestId, actor: ctx.actor },
    },
  }),
);
/** The fixture service's words: for notes and two of its purposes, not for every purpose it logs. */
const fixtureVocabulary = defineAuditVocabulary({
  resources: { notes: { fi: 'muistiinpanot', sv: 'anteckningar', en: 'notes' } },
  purposes: {
    first: { fi: 'Ensimmäinen kirjaus', sv: 'Första anteckningen', en: 'The first entry' },
    last: { fi: 'Viimeinen kirjaus', sv: 'Sista anteckningen', en: 'The last entry' },
    unused: { fi: 'Käyttämätön', sv: 'Oanvänd', en: 'Unused' },
  },
});
const router = t.router({
  audit: createAuditRouter({
    createRouter: t.router,
    residentProcedure,
    database: (ctx) => ctx.db,
    log: fixtureLog,
    vocabulary: fixtureVocabulary,
  }),
});
const createCaller = t.createCallerFactory(router);

const emilySubject = 'a51d0000-0000-4000-8000-000000000010';
const entry = (purpose: string) =>
  ({ action: 'read', resourceType: 'notes', purpose, subjectPerson: eetuSubject }) as const;

describeOnDatabases('audit.myDataEvents', (engine) => {
  const database = engine.useDatabase(fixtureDatabase);
  const callerFor = (subject: string, actor: AuditActor = annaForEetu.actor) =>
    createCaller({ db: database().db, requestId: 'list-request', subject, actor });

  beforeAll(async () => {
    const { db } = database();
    await recordAudit(db, fixtureLog, annaForEetu, entry('first'));
    // Three events in one transaction share occurred_at: the cursor must still split them exactly.
    await db.transaction(async (tx) => {
      for (const purpose of ['same-instant-a', 'same-instant-b', 'same-instant-c']) {
        await recordAudit(tx, fixtureLog, nurseInUnit, entry(purpose));
      }
    });
    await recordAudit(db, fixtureLog, annaForEetu, { ...entry('someone else'), subjectPerson: emilySubject });
    await recordAudit(db, fixtureLog, annaForEetu, { ...entry('last'), action: 'update' }, 'denied');
  });

  it('pages through the subject person’s events newest first, each exactly once', async () => {
    const caller = callerFor(eetuSubject);
    const first = await caller.audit.myDataEvents({ limit: 2 });
    expect(myDataEventsOutputSchema.parse(first)).toEqual(first);
    expect(first.events[0]).toMatchObject({ purpose: 'last', action: 'update', outcome: 'denied' });
    expect(first.nextCursor).toEqual(expect.any(String));

    const second = await caller.audit.myDataEvents({ limit: 2, before: first.nextCursor ?? '' });
    const third = await caller.audit.myDataEvents({ limit: 2, before: second.nextCursor ?? '' });
    expect(third.nextCursor).toBeNull();

    const purposes = [...first.events, ...second.events, ...third.events].map((event) => event.purpose);
    expect(purposes[0]).toBe('last');
    expect(purposes.slice(1, 4).sort()).toEqual(['same-instant-a', 'same-instant-b', 'same-instant-c']);
    expect(purposes.slice(4)).toEqual(['first']);
  });

  it('shows staff by role and unit, residents by relation, and never a subject', async () => {
    const { events } = await callerFor(eetuSubject).audit.myDataEvents({ limit: 100 });
    expect(events.find((event) => event.purpose === 'same-instant-a')).toMatchObject({
      service: 'fixture',
      actor: { kind: 'staff', role: 'nurse', unitId: nurseInUnit.actor.unitId },
      action: 'read',
      resource: 'notes',
      outcome: 'success',
    });
    expect(events.find((event) => event.purpose === 'first')?.actor).toEqual({
      kind: 'guardian',
      role: null,
      unitId: null,
    });
    const text = JSON.stringify(events);
    for (const subject of [annaSubject, eetuSubject, nurseInUnit.actor.subject ?? ''])
      expect(text).not.toContain(subject);
  });

  it('shows nobody else’s events, and logs the call as a read of the trail', async () => {
    const { events } = await callerFor(emilySubject).audit.myDataEvents();
    expect(events.map((event) => event.purpose)).toEqual(['someone else']);

    const rows = await database().db.select().from(auditLog);
    const ownRead = rows.filter(
      (row) => row.resourceType === 'audit-trail' && row.subjectPerson === emilySubject,
    );
    expect(ownRead).toHaveLength(1);
    expect(ownRead[0]).toMatchObject({
      action: 'read',
      purpose: 'data-subject-access',
      requestId: 'list-request',
    });

    const next = await callerFor(emilySubject).audit.myDataEvents();
    expect(next.events.map((event) => event.resource)).toEqual(['audit-trail', 'notes']);
  });

  it('gives the words for the codes on the page only, with the platform’s own terms', async () => {
    const caller = callerFor(eetuSubject);
    const newest = await caller.audit.myDataEvents({ limit: 1 });
    // The newest is the read of the trail by the listing before (the previous tests listed Eetu's).
    expect(newest.events.map((event) => [event.resource, event.purpose])).toEqual([
      ['audit-trail', 'data-subject-access'],
    ]);
    expect(newest.labels).toEqual({
      resources: {
        'audit-trail': {
          fi: 'tietojen käsittelyloki',
          sv: 'loggen över behandlingen av uppgifterna',
          en: 'the log of how the data has been handled',
        },
      },
      purposes: {
        'data-subject-access': {
          fi: 'Tarkastus: kuka on käsitellyt tietoja',
          sv: 'Kontroll av vem som har behandlat uppgifterna',
          en: 'Checking who has handled the data',
        },
      },
    });

    const all = await caller.audit.myDataEvents({ limit: 100 });
    expect(Object.keys(all.labels.resources).sort()).toEqual(['audit-trail', 'notes']);
    // "same-instant-a" and its siblings have no words: left out, never invented; "unused" is not on the page.
    expect(Object.keys(all.labels.purposes).sort()).toEqual(['data-subject-access', 'first', 'last']);
    expect(all.labels.resources.notes).toEqual({ fi: 'muistiinpanot', sv: 'anteckningar', en: 'notes' });
  });

  it.each<[string, Record<string, unknown>]>([
    ['a cursor this service never issued', { before: 'bm90LWEtY3Vyc29y' }],
    ['a tampered cursor', { before: encodeEventCursor({ at: '2026-01-01T00:00:00.000000Z', id: 'x' }) }],
    // Forged positions of the right shape that PostgreSQL cannot read as a timestamp (they answered 500).
    ...['0000-01-01T00:00:00.000000Z', '9999-12-31T23:59:59.999999Z', '2026-13-45T99:99:99.000000Z'].map(
      (at) =>
        [
          `a forged cursor at ${at}`,
          { before: encodeEventCursor({ at, id: 'a51d0000-0000-4000-8000-0000000000ff' }) },
        ] as [string, Record<string, unknown>],
    ),
    ['a limit of 0', { limit: 0 }],
    ['a limit over 100', { limit: 101 }],
    ['an unknown field', { subject: annaSubject }],
  ])('refuses %s as BAD_REQUEST', async (_name, input) => {
    const failure = await callerFor(eetuSubject)
      .audit.myDataEvents(input as never)
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(TRPCError);
    expect(failure).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
