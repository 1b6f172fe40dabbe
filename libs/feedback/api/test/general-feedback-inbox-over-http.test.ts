// General feedback and the staff inbox over HTTP: sending (signed in or not), the resident's own page, the
// inbox's authorisation by unit, its workflow, replies through the notification outbox, routing, overdue
// items and the audit rows of each, on PGlite and PostgreSQL.
import { TEST_SUBJECTS, TEST_UNIT_IDS } from '@asiointi/dev-idp';
import {
  auditLog,
  demoUnitIds,
  generalFeedback,
  generalFeedbackEvents,
  notificationOutbox,
} from '@asiointi/feedback-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { callProcedure } from '@asiointi/platform-service/testing';
import { desc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { renderFeedbackReply } from '../src/index';
import { useFeedbackTestService } from './feedback-test-service';

/** Kuusamo Social and Health Centre in the development unit directory: no feedback role is held there. */
const northHealthCentre = TEST_UNIT_IDS.northHealthCentre;

interface InboxItem {
  id: string;
  status: string;
  kind: string;
  overdue: boolean;
  replyDueOn: string | null;
  assignee: { kind: string; name?: string };
  unitName: { fi: string };
  text: string;
  contact: { name: string; email: string | null; language: string } | null;
  nextStatuses: string[];
  events: { kind: string; byName: string; text: string | null }[];
}

describeOnDatabases('general feedback and the staff inbox over HTTP', (engine) => {
  const service = useFeedbackTestService(engine);
  const call = <T>(path: string, options: Parameters<typeof callProcedure>[2] = {}) =>
    callProcedure<T>(service.url(), path, options);
  const token = (key: Parameters<ReturnType<typeof service.identity>['tokenOf']>[0]) =>
    service.identity().tokenOf(key);
  const counts = async () => ({
    feedback: await service.db().$count(generalFeedback),
    events: await service.db().$count(generalFeedbackEvents),
    audit: await service.db().$count(auditLog),
    outbox: await service.db().$count(notificationOutbox),
  });

  const complaintInSwedish = {
    kind: 'complaint',
    unitId: demoUnitIds.wellbeingCentre,
    serviceName: 'Laboratoriet',
    text: 'Jag väntade i över en timme. <script>alert(1)</script>',
    contact: { name: 'Ebba Exempel', email: 'ebba@example.invalid', language: 'sv' },
  };

  it('lists the unit directory’s units by name for anyone to choose from', async () => {
    const answer = await call<{ name: { sv: string } }[]>('generalFeedback.units', {
      headers: { 'accept-language': 'sv' },
    });
    expect(answer.status).toBe(200);
    expect(answer.data?.map((unit) => unit.name.sv)).toContain('Kaijonharju välfärdscentral');
  });

  it('takes feedback from someone not signed in, with a reply due in 14 calendar days, and no audit row', async () => {
    const before = await counts();
    const answer = await call<{ replyDueOn: string; replyWanted: boolean; unitName: { sv: string } }>(
      'generalFeedback.submit',
      { input: complaintInSwedish, mutation: true },
    );
    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({
      replyWanted: true,
      replyDueOn: '2026-04-03',
      unitName: { sv: 'Kaijonharju välfärdscentral' },
    });
    expect(await counts()).toEqual({ ...before, feedback: before.feedback + 1 });
  });

  it('keeps a signed-in resident’s feedback theirs: audited when sent and when read, never shown to others', async () => {
    const before = await counts();
    const sent = await call('generalFeedback.submit', {
      token: await token('englishSpeakerEmily'),
      input: { kind: 'suggestion', unitId: demoUnitIds.familyCentre, text: 'Evening hours, please.', contact: null },
      mutation: true,
    });
    expect(sent.status).toBe(200);
    expect(await counts()).toEqual({ ...before, feedback: before.feedback + 1, audit: before.audit + 1 });
    const mine = await call<{ text: string; status: string }[]>('generalFeedback.mine', {
      token: await token('englishSpeakerEmily'),
    });
    expect(mine.data?.map((item) => [item.text, item.status])).toEqual([['Evening hours, please.', 'new']]);
    const [read] = await service.db().select().from(auditLog).orderBy(desc(auditLog.occurredAt)).limit(1);
    expect(read).toMatchObject({ action: 'read', subjectPerson: TEST_SUBJECTS.englishSpeakerEmily });
    const others = await call<unknown[]>('generalFeedback.mine', { token: await token('guardianAnna') });
    expect(others.data).toEqual([]);
  });

  it('shows a feedback analyst of the unit the new item, and audits reading its contact details', async () => {
    const heidi = await token('feedbackAnalystHeidi');
    const list = await call<InboxItem[]>('inbox.list', { token: heidi, input: { status: 'new', kind: 'complaint' } });
    expect(list.status).toBe(200);
    const [item] = list.data ?? [];
    expect(item).toMatchObject({ status: 'new', kind: 'complaint', overdue: false, assignee: { kind: 'nobody' } });
    // The list shows no text and no contact details.
    expect(list.text).not.toContain('Ebba');
    const before = await counts();
    const opened = await call<InboxItem>('inbox.get', { token: heidi, input: { id: item!.id } });
    expect(opened.data?.text).toBe(complaintInSwedish.text);
    expect(opened.data?.contact).toMatchObject({ name: 'Ebba Exempel', language: 'sv' });
    expect(opened.data?.nextStatuses).toEqual(['inProgress', 'closed']);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('refuses staff without the module’s roles, and anyone not signed in', async () => {
    expect((await call('inbox.list', { input: {} })).code).toBe('UNAUTHENTICATED');
    expect((await call('inbox.list', { token: await token('nurseSari'), input: {} })).code).toBe('FORBIDDEN');
    expect((await call('inbox.list', { token: await token('guardianAnna'), input: {} })).code).toBe('FORBIDDEN');
    const heidi = await token('feedbackAnalystHeidi');
    expect((await call('inbox.list', { token: heidi, input: { unitId: northHealthCentre } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('walks the item through the workflow, refuses invalid moves and writes nothing for them', async () => {
    const heidi = await token('feedbackAnalystHeidi');
    const [item] = (await call<InboxItem[]>('inbox.list', { token: heidi, input: { kind: 'complaint' } })).data!;
    const before = await counts();
    const skipped = await call('inbox.setStatus', {
      token: heidi,
      input: { id: item!.id, status: 'answered' },
      mutation: true,
    });
    expect(skipped.code).toBe('INVALID_STATUS_TRANSITION');
    expect(await counts()).toEqual(before);

    const taken = await call<InboxItem>('inbox.assignToSelf', { token: heidi, input: { id: item!.id }, mutation: true });
    expect(taken.data).toMatchObject({ status: 'inProgress', assignee: { kind: 'me' } });
    const seenByManager = await call<InboxItem>('inbox.get', {
      token: await token('managerMarkku'),
      input: { id: item!.id },
    });
    expect(seenByManager.data?.assignee).toEqual({ kind: 'other', name: 'Heidi Lindqvist' });

    // Only a sent reply makes an item answered, and an item whose sender wants a reply is not closed before.
    const beforeRefusals = await counts();
    for (const status of ['answered', 'closed'] as const) {
      const refused = await call('inbox.setStatus', { token: heidi, input: { id: item!.id, status }, mutation: true });
      expect(refused.code).toBe(status === 'answered' ? 'INVALID_STATUS_TRANSITION' : 'REPLY_PENDING');
    }
    expect(await counts()).toMatchObject({ events: beforeRefusals.events });

    const noted = await call<InboxItem>('inbox.addNote', {
      token: heidi,
      input: { id: item!.id, text: 'Kolla med labbet.' },
      mutation: true,
    });
    expect(noted.data?.events.map((event) => event.kind)).toEqual(['assigned', 'note']);
    expect(await counts()).toMatchObject({ audit: before.audit + 3, events: before.events + 2 });
  });

  it('sends a reply through the notification outbox in the sender’s language, never with its text in the row', async () => {
    const heidi = await token('feedbackAnalystHeidi');
    const [item] = (await call<InboxItem[]>('inbox.list', { token: heidi, input: { kind: 'complaint' } })).data!;
    const replyText = 'Tack för din respons. Vi har lagt till personal i laboratoriet på morgnarna.';
    const replied = await call<InboxItem>('inbox.reply', {
      token: heidi,
      input: { id: item!.id, text: replyText },
      mutation: true,
    });
    expect(replied.status).toBe(200);
    expect(replied.data?.status).toBe('answered');
    const [message] = await service
      .db()
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.recipientRef, `general-feedback:${item!.id}`));
    expect(message).toMatchObject({
      channel: 'email',
      language: 'sv',
      templateKey: 'feedback.reply',
      recipientAddress: 'ebba@example.invalid',
      status: 'pending',
    });
    expect(JSON.stringify(message?.templateParams)).not.toContain('laboratoriet på morgnarna');
    const rendered = await renderFeedbackReply(message!, service.db());
    expect(rendered.subject).toBe('Svar på din respons');
    expect(rendered.text).toContain(replyText);
    expect(rendered.text).toContain('Kaijonharju välfärdscentral');
  });

  it('shows a reply to a signed-in sender on their own page, and refuses a reply nobody could receive', async () => {
    const markku = await token('managerMarkku');
    const items = (await call<InboxItem[]>('inbox.list', { token: markku, input: { unitId: demoUnitIds.familyCentre } }))
      .data!;
    const emilys = items.find((item) => item.kind === 'suggestion')!;
    const replied = await call('inbox.reply', {
      token: markku,
      input: { id: emilys.id, text: 'We will try Tuesday evenings.' },
      mutation: true,
    });
    expect(replied.status).toBe(200);
    const mine = await call<{ replies: { text: string }[] }[]>('generalFeedback.mine', {
      token: await token('englishSpeakerEmily'),
    });
    expect(mine.data?.[0]?.replies.map((reply) => reply.text)).toEqual(['We will try Tuesday evenings.']);

    const anonymous = await call('generalFeedback.submit', {
      input: { kind: 'praise', unitId: demoUnitIds.familyCentre, text: 'Kiitos!', contact: null },
      mutation: true,
    });
    expect(anonymous.status).toBe(200);
    const praise = (await call<InboxItem[]>('inbox.list', { token: markku, input: { kind: 'praise' } })).data![0]!;
    const before = await counts();
    // Every read of an item is audited, with no person when nobody is known to have sent it.
    expect((await call('inbox.get', { token: markku, input: { id: praise.id } })).status).toBe(200);
    const [read] = await service.db().select().from(auditLog).orderBy(desc(auditLog.occurredAt)).limit(1);
    expect(read).toMatchObject({ action: 'read', resourceId: praise.id, subjectPerson: null });
    const refused = await call('inbox.reply', { token: markku, input: { id: praise.id, text: 'Kiitos!' }, mutation: true });
    expect(refused.code).toBe('NO_REPLY_ADDRESS');
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
    // Nobody to reply to: closing it is fine.
    const closed = await call<InboxItem>('inbox.setStatus', {
      token: markku,
      input: { id: praise.id, status: 'closed' },
      mutation: true,
    });
    expect(closed.data?.status).toBe('closed');
  });

  it('flags an item overdue once its 14 days have passed without a reply', async () => {
    const heidi = await token('feedbackAnalystHeidi');
    const sent = await call('generalFeedback.submit', {
      input: { ...complaintInSwedish, text: 'Ingen svarade i telefon.' },
      mutation: true,
    });
    expect(sent.status).toBe(200);
    const overdueNow = async () =>
      (await call<InboxItem[]>('inbox.list', { token: heidi, input: { overdueOnly: true } })).data!;
    expect(await overdueNow()).toEqual([]);
    service.clock.now = new Date('2026-04-03T20:59:00Z'); // 23:59 on the due day in Helsinki
    expect(await overdueNow()).toEqual([]);
    service.clock.now = new Date('2026-04-03T21:00:00Z'); // the next day has begun in Helsinki
    const overdue = await overdueNow();
    expect(overdue.map((item) => [item.replyDueOn, item.overdue])).toEqual([['2026-04-03', true]]);
    service.clock.now = new Date('2026-03-20T10:00:00Z');
  });

  it('routes an item to another unit, after which the analyst may no longer read it (refusal logged)', async () => {
    const emily = await token('englishSpeakerEmily');
    await call('generalFeedback.submit', {
      token: emily,
      input: { kind: 'complaint', unitId: demoUnitIds.wellbeingCentre, text: 'Wrong unit.', contact: null },
      mutation: true,
    });
    const heidi = await token('feedbackAnalystHeidi');
    const items = (await call<InboxItem[]>('inbox.list', { token: heidi, input: { status: 'new' } })).data!;
    const opened = await Promise.all(
      items.map(async (item) => (await call<InboxItem>('inbox.get', { token: heidi, input: { id: item.id } })).data!),
    );
    const wrongUnit = opened.find((item) => item.text === 'Wrong unit.')!;
    const routed = await call<{ unitName: { fi: string } }>('inbox.route', {
      token: heidi,
      input: { id: wrongUnit.id, unitId: northHealthCentre },
      mutation: true,
    });
    expect(routed.data?.unitName.fi).toBe('Kuusamon sosiaali- ja terveysasema');
    const before = await counts();
    expect((await call('inbox.get', { token: heidi, input: { id: wrongUnit.id } })).code).toBe('FORBIDDEN');
    const [denied] = await service.db().select().from(auditLog).orderBy(desc(auditLog.occurredAt)).limit(1);
    expect(denied).toMatchObject({ outcome: 'denied', subjectPerson: TEST_SUBJECTS.englishSpeakerEmily });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('answers any malformed feedback with a typed refusal and writes nothing', async () => {
    const before = await counts();
    let accepted = 0;
    const text = fc.oneof(fc.string({ maxLength: 5 }), fc.string({ minLength: 4001, maxLength: 4100 }), fc.integer());
    const malformed = fc.record(
      {
        kind: fc.oneof(fc.constantFrom('praise', 'complaint', 'thanks'), fc.integer()),
        unitId: fc.oneof(fc.uuid(), fc.string({ maxLength: 10 })),
        text,
        contact: fc.oneof(
          fc.constant(null),
          fc.record({ name: text, phone: fc.string({ maxLength: 40 }), language: fc.constantFrom('fi', 'de') }),
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(malformed, async (input) => {
        const answer = await call('generalFeedback.submit', { input, mutation: true });
        if (answer.status === 200) {
          accepted += 1; // a drawn input that happens to be valid
          return;
        }
        expect([400, 404]).toContain(answer.status);
        expect(['VALIDATION_FAILED', 'UNIT_NOT_FOUND']).toContain(answer.code);
        expect(answer.text).not.toMatch(/at .*\.ts:\d+/);
      }),
      { numRuns: 30 },
    );
    // Each accepted draw added one row; a refused one added nothing.
    expect(await counts()).toEqual({ ...before, feedback: before.feedback + accepted });
  });
});
