// Feedback requests end to end in the service: booking's events consumed once (an event seen twice, a visit
// marked attended twice), withdrawn and re-marked, contacts without a person counted and never sent to; the
// answer link opened, resumed and used once, with one answer for every unusable token, the token never in a
// log line, answers never cached, and bad sheets refused with nothing written. With NATS_URL, a JetStream
// redelivery after a crash between handling and acknowledging makes no second request.
import { randomBytes, randomUUID } from 'node:crypto';
import { startIdentityFixture, type IdentityFixture } from '@asiointi/dev-idp/testing';
import type { AnswerSheet } from '@asiointi/feedback-contract';
import {
  answers,
  auditLog,
  demoUnitIds,
  feedbackDatabaseDefinition,
  feedbackRequests,
  freeTextAnswers,
  notificationOutbox,
  processedEvents,
  serviceEvents,
  serviceNames,
  statementAnswers,
} from '@asiointi/feedback-data';
import { nationalQuestionSets } from '@asiointi/feedback-domain';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import {
  createIdempotentConsumer,
  createInProcessBus,
  createJetStreamBus,
  type EventBus,
  type EventEnvelope,
  type SqlExecutor,
} from '@asiointi/platform-events';
import { startModuleService, type RunningService } from '@asiointi/platform-service';
import { callProcedure, collectLogLines, type LogLines } from '@asiointi/platform-service/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineFeedbackService } from '../src/feedback-service';

const natsUrl = process.env.NATS_URL;
const portalUrl = 'https://portal.example';
const unitId = demoUnitIds.wellbeingCentre;

function visitCompleted(bookingId: string, extra: Record<string, string | number> = {}): EventEnvelope {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    type: 'booking.visit.completed',
    source: 'booking',
    occurredAt: now,
    payload: {
      bookingId,
      serviceCode: 'physician',
      unitId,
      personSubject: 'subject-emily',
      visitedAt: now,
      channel: 'phone',
      language: 'en',
      ...extra,
    },
  };
}

function withdrawn(bookingId: string): EventEnvelope {
  return {
    id: randomUUID(),
    type: 'booking.visit.completion-withdrawn',
    source: 'booking',
    occurredAt: new Date().toISOString(),
    payload: { bookingId, unitId, personSubject: 'subject-emily' },
  };
}

const tokenOf = (link: unknown) => String(link).split('#')[1]!;

describeOnDatabases('feedback requests in the feedback service', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);
  let identity: IdentityFixture;
  let service: RunningService;
  let bus: EventBus;
  let logs: LogLines;
  const db = () => database().db;

  beforeAll(async () => {
    identity = await startIdentityFixture();
    bus = createInProcessBus();
    logs = collectLogLines();
    // Many unusable links from one address below: the limit has its own test at the end.
    service = await startModuleService(
      defineFeedbackService({ requestLinkLimits: { freeFailures: 1_000 } }),
      {
        port: 0,
        logLevel: 'info',
        logDestination: logs.destination,
        eventBus: bus,
        database: database(),
        portalUrl,
        oidcIssuer: identity.idp.issuer,
        // A large rate limit: the property test below calls many times from one address.
        rateLimitPerMinute: 1_000_000,
      },
    );
  });
  afterAll(async () => {
    await service?.close();
    await bus?.close();
    await identity?.close();
  });

  async function requestsOf(bookingId: string) {
    return db()
      .select()
      .from(feedbackRequests)
      .where(eq(feedbackRequests.dedupeKey, `booking:${bookingId}`));
  }
  async function notificationsOf(bookingId: string) {
    return db()
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.dedupeKey, `feedback:booking:${bookingId}:request`));
  }
  async function pendingTokenOf(bookingId: string): Promise<string> {
    const pending = (await notificationsOf(bookingId)).filter((row) => row.status === 'pending');
    expect(pending).toHaveLength(1);
    return tokenOf(pending[0]!.templateParams.link);
  }
  const call = (procedure: string, input: unknown) =>
    callProcedure(service.url, `requestAnswering.${procedure}`, { input, mutation: true });

  it('makes one request and one SMS for an event seen twice and for a visit marked attended twice', async () => {
    const bookingId = randomUUID();
    const event = visitCompleted(bookingId);
    await bus.publish(event);
    await bus.publish(event);
    await bus.publish(visitCompleted(bookingId));
    const [request, ...others] = await requestsOf(bookingId);
    expect(others).toEqual([]);
    expect(request).toMatchObject({
      unitId,
      serviceCode: 'physician',
      channel: 'phone',
      language: 'en',
      setKey: 'general',
      setVersion: 1,
      state: 'open',
      draft: null,
    });
    const notifications = await notificationsOf(bookingId);
    expect(notifications).toHaveLength(1);
    const [notification] = notifications;
    expect(notification).toMatchObject({
      channel: 'sms',
      recipientRef: 'person:subject-emily',
      templateKey: 'feedback.request',
      language: 'en',
      status: 'pending',
    });
    const token = tokenOf(notification!.templateParams.link);
    expect(notification!.templateParams.link).toBe(`${portalUrl}/feedback/answer#${token}`);
    // Only the token's hash is kept with the request.
    expect(JSON.stringify(request)).not.toContain(token);
    // At least the two-hour delay after the visit.
    expect(notification!.sendAt.getTime()).toBeGreaterThanOrEqual(
      new Date(String(event.payload.visitedAt)).getTime() + 2 * 60 * 60_000,
    );
    expect(await db().$count(serviceEvents, eq(serviceEvents.dedupeKey, `booking:${bookingId}`))).toBe(1);
    // One audit row for the one request sent, on the person's trail, naming no request.
    const audited = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectPerson, 'subject-emily'), eq(auditLog.requestId, event.id)));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      actorKind: 'system',
      action: 'create',
      resourceType: 'feedback-request',
      resourceId: null,
    });
  });

  it('remembers the service’s name the event brings, and the latest one when it changes', async () => {
    const named = (fi: string) => {
      const event = visitCompleted(randomUUID());
      return { ...event, payload: { ...event.payload, serviceName: { fi, sv: `${fi} sv`, en: `${fi} en` } } };
    };
    await bus.publish(named('Lääkärin vastaanotto'));
    expect(
      await db().select().from(serviceNames).where(eq(serviceNames.serviceCode, 'physician')),
    ).toMatchObject([
      {
        nameFi: 'Lääkärin vastaanotto',
        nameSv: 'Lääkärin vastaanotto sv',
        nameEn: 'Lääkärin vastaanotto en',
      },
    ]);
    await bus.publish(named('Lääkäri'));
    expect(
      await db().select().from(serviceNames).where(eq(serviceNames.serviceCode, 'physician')),
    ).toMatchObject([{ nameFi: 'Lääkäri' }]);
  });

  it('chooses the children’s set when the event tells an age of 7–12, and Finnish without a language', async () => {
    const bookingId = randomUUID();
    const event = visitCompleted(bookingId, { age: 9 });
    delete event.payload.language;
    delete event.payload.channel;
    await bus.publish(event);
    expect(await requestsOf(bookingId)).toMatchObject([
      { setKey: 'children', language: 'fi', channel: 'unknown' },
    ]);
  });

  it('withdraws the request and cancels its SMS with the visit, and opens it anew when re-marked', async () => {
    const bookingId = randomUUID();
    await bus.publish(visitCompleted(bookingId));
    const firstToken = await pendingTokenOf(bookingId);
    await bus.publish(withdrawn(bookingId));
    expect(await requestsOf(bookingId)).toMatchObject([{ state: 'withdrawn' }]);
    expect((await notificationsOf(bookingId)).map((row) => row.status)).toEqual(['cancelled']);
    expect(await db().$count(serviceEvents, eq(serviceEvents.dedupeKey, `booking:${bookingId}`))).toBe(0);
    expect((await call('open', { token: firstToken })).code).toBe('REQUEST_LINK_UNUSABLE');

    await bus.publish(visitCompleted(bookingId));
    expect(await requestsOf(bookingId)).toMatchObject([{ state: 'open' }]);
    const secondToken = await pendingTokenOf(bookingId);
    expect(secondToken).not.toBe(firstToken);
    expect((await call('open', { token: firstToken })).code).toBe('REQUEST_LINK_UNUSABLE');
    expect((await call('open', { token: secondToken })).status).toBe(200);
  });

  it('counts a closed family or guidance contact as a service event and sends nothing', async () => {
    const before = await db().$count(notificationOutbox);
    const requestsBefore = await db().$count(feedbackRequests);
    for (const type of ['family.contact.closed', 'guidance.contact.closed']) {
      await bus.publish({
        id: randomUUID(),
        type,
        source: type.split('.')[0]!,
        occurredAt: new Date().toISOString(),
        payload: { unitId, kind: 'counselling', channel: 'message', closedMonth: '2027-03' },
      });
    }
    const recorded = await db().select().from(serviceEvents).where(eq(serviceEvents.kind, 'counselling'));
    expect(recorded.map((row) => [row.source, row.month, row.channel, row.requested]).sort()).toEqual([
      ['family.contact.closed', '2027-03-01', 'message', false],
      ['guidance.contact.closed', '2027-03-01', 'message', false],
    ]);
    expect(await db().$count(notificationOutbox)).toBe(before);
    expect(await db().$count(feedbackRequests)).toBe(requestsBefore);
  });

  it('opens, resumes and files an answer once, never cached, with the token in no log line', async () => {
    const bookingId = randomUUID();
    await bus.publish(visitCompleted(bookingId));
    const token = await pendingTokenOf(bookingId);

    const opened = await call('open', { token });
    expect(opened.status).toBe(200);
    expect(opened.headers.get('cache-control')).toBe('no-store');
    expect(opened.data).toMatchObject({
      set: nationalQuestionSets[0],
      unitName: { fi: 'Kaijonharjun hyvinvointikeskus' },
      language: 'en',
      draft: null,
    });

    const draft: AnswerSheet = {
      setKey: 'general',
      setVersion: 1,
      answers: [{ kind: 'recommendation', questionId: 'recommendation', value: 8 }],
    };
    expect((await call('saveDraft', { token, sheet: draft })).data).toEqual({ saved: true });
    expect((await call('open', { token })).data).toMatchObject({ draft });

    const answersBefore = await db().$count(answers);
    const sheet: AnswerSheet = {
      ...draft,
      respondent: 'relative',
      answers: [
        { kind: 'recommendation', questionId: 'recommendation', value: 9, comment: 'Quick and kind' },
        { kind: 'statement', questionId: 'access', value: 5 },
        { kind: 'statement', questionId: 'safety', value: 'cannotSay' },
        { kind: 'freeText', questionId: 'other-comments', text: 'Thank you' },
      ],
    };
    const submitted = await call('submit', { token, sheet });
    expect(submitted.data).toEqual({ submitted: true });
    expect(submitted.headers.get('cache-control')).toBe('no-store');
    expect(await db().$count(answers)).toBe(answersBefore + 1);
    expect(await requestsOf(bookingId)).toMatchObject([{ state: 'used', draft: null }]);
    // The answer keeps nothing of the request: no column names it, no value repeats its id.
    const [request] = await requestsOf(bookingId);
    const filed = await db()
      .select()
      .from(answers)
      .where(eq(answers.recommendationComment, 'Quick and kind'));
    expect(filed).toHaveLength(1);
    expect(JSON.stringify(filed)).not.toContain(request!.id);
    expect(await db().$count(freeTextAnswers, eq(freeTextAnswers.answerId, filed[0]!.id))).toBe(1);

    // Used: the same friendly answer as an unknown or malformed-but-valid-looking token.
    const again = await call('open', { token });
    const unknown = await call('open', { token: randomBytes(32).toString('base64url') });
    expect([again.status, again.code]).toEqual([404, 'REQUEST_LINK_UNUSABLE']);
    expect([unknown.status, unknown.code]).toEqual([404, 'REQUEST_LINK_UNUSABLE']);
    expect(again.error?.message).toBe(unknown.error?.message);
    expect((await call('submit', { token, sheet })).code).toBe('REQUEST_LINK_UNUSABLE');
    expect(await db().$count(answers)).toBe(answersBefore + 1);

    const logText = logs.lines.map((line) => JSON.stringify(line)).join('\n');
    expect(logs.lines.some((line) => String(line.msg).includes('request completed'))).toBe(true);
    expect(logText).not.toContain(token);
    expect(logText).not.toContain('Quick and kind');
  });

  it('refuses an expired link like a used one, and marks it expired', async () => {
    const bookingId = randomUUID();
    await bus.publish(visitCompleted(bookingId));
    const token = await pendingTokenOf(bookingId);
    await db()
      .update(feedbackRequests)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(feedbackRequests.dedupeKey, `booking:${bookingId}`));
    expect((await call('open', { token })).code).toBe('REQUEST_LINK_UNUSABLE');
    expect(await requestsOf(bookingId)).toMatchObject([{ state: 'expired', draft: null }]);
  });

  it('refuses sheets that do not fit the set, writing nothing and leaving the link usable', async () => {
    const bookingId = randomUUID();
    await bus.publish(visitCompleted(bookingId));
    const token = await pendingTokenOf(bookingId);
    const general = nationalQuestionSets[0]!;
    const questionIds = general.questions.map((question) => question.id);
    const badAnswer = fc.oneof(
      // A question the set does not have.
      fc
        .string({ minLength: 1, maxLength: 20 })
        .map((suffix) => `x${suffix.toLowerCase().replace(/[^a-z0-9-]/g, 'a')}`)
        .filter((id) => !questionIds.includes(id))
        .map((questionId) => ({ kind: 'statement' as const, questionId, value: 3 as const })),
      // A statement answered as free text, or the recommendation as a statement.
      fc.constant({ kind: 'freeText' as const, questionId: 'access', text: 'words' }),
      fc.constant({ kind: 'statement' as const, questionId: 'recommendation', value: 2 as const }),
      // Free text longer than the question allows (1000) but within the contract's bound (2000).
      fc.integer({ min: 1001, max: 2000 }).map((length) => ({
        kind: 'freeText' as const,
        questionId: 'other-comments',
        text: 'y'.repeat(length),
      })),
    );
    const fingerprint = async () => [
      await db().$count(answers),
      await db().$count(statementAnswers),
      await db().$count(freeTextAnswers),
      JSON.stringify(await requestsOf(bookingId)),
    ];
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(
        badAnswer,
        fc.boolean(),
        fc.constantFrom('submit', 'saveDraft'),
        async (bad, withGoodAnswer, procedure) => {
          const sheet = {
            setKey: 'general',
            setVersion: 1,
            answers: [
              ...(withGoodAnswer ? [{ kind: 'statement', questionId: 'safety', value: 4 }] : []),
              bad,
            ],
          };
          const answer = await call(procedure, { token, sheet });
          expect([answer.status, answer.code]).toEqual([400, 'ANSWER_SHEET_INVALID']);
        },
      ),
      { numRuns: 40 },
    );
    // Another version, and a sheet of skips only.
    expect(
      (await call('submit', { token, sheet: { setKey: 'general', setVersion: 2, answers: [] } })).code,
    ).toBe('ANSWER_SHEET_INVALID');
    const skips = {
      setKey: 'general',
      setVersion: 1,
      answers: [{ kind: 'statement', questionId: 'access', value: null }],
    };
    expect((await call('submit', { token, sheet: skips })).code).toBe('ANSWER_SHEET_EMPTY');
    expect(await fingerprint()).toEqual(before);
    expect((await call('open', { token })).status).toBe(200);
  }, 120_000);

  it('makes a client that keeps trying unusable links wait, with the same answer for a good link then', async () => {
    const strict = await startModuleService(
      defineFeedbackService({ requestLinkLimits: { freeFailures: 2, baseDelayMs: 60_000 } }),
      {
        port: 0,
        logLevel: 'silent',
        database: database(),
        startWorkers: false,
        oidcIssuer: identity.idp.issuer,
      },
    );
    try {
      const bookingId = randomUUID();
      await bus.publish(visitCompleted(bookingId));
      const token = await pendingTokenOf(bookingId);
      const open = (input: unknown) =>
        callProcedure(strict.url, 'requestAnswering.open', { input, mutation: true });
      const codes: (string | undefined)[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        codes.push((await open({ token: randomBytes(32).toString('base64url') })).code);
      }
      expect(codes).toEqual(['REQUEST_LINK_UNUSABLE', 'REQUEST_LINK_UNUSABLE', 'REQUEST_LINK_UNUSABLE']);
      const waiting = await open({ token });
      expect([waiting.status, waiting.code]).toEqual([429, 'REQUEST_LINK_ATTEMPTS_EXCEEDED']);
      // The good link was not looked up, let alone used.
      expect(await requestsOf(bookingId)).toMatchObject([{ state: 'open' }]);
    } finally {
      await strict.close();
    }
  });

  describe.skipIf(!natsUrl)('on JetStream', () => {
    it('makes no second request when an event handled before a crash is delivered again', async () => {
      const stream = `FEEDBACK_${randomBytes(4).toString('hex').toUpperCase()}`;
      const subjectPrefix = `t${randomBytes(4).toString('hex')}`;
      const jetstream = await createJetStreamBus({
        servers: natsUrl!,
        stream,
        subjectPrefix,
        maxAgeMs: 10 * 60_000,
      });
      const publisher = await createJetStreamBus({
        servers: natsUrl!,
        stream,
        subjectPrefix,
        maxAgeMs: 10 * 60_000,
      });
      const bookingId = randomUUID();
      const event = visitCompleted(bookingId);
      // A replica handled and committed the event, then died before acknowledging it: its writes and the
      // processed_events row are there, and the stream still holds the event for the consumer.
      const definition = defineFeedbackService();
      const visitConsumer = definition.consumers!.consumers.find(
        (c) => c.name === 'feedback-visit-completed',
      )!;
      const crashed = createIdempotentConsumer({
        db: db() as unknown as SqlExecutor,
        processedTable: processedEvents,
        consumerName: visitConsumer.name,
        handle: (tx, envelope) =>
          visitConsumer.handle(tx as never, envelope, {
            portalUrl,
            units: { nameOf: async () => undefined },
            logger: { error() {} },
          } as never),
      });
      expect(await crashed.handle(event)).toBe('processed');
      await publisher.publish(event);

      const replica = await startModuleService(definition, {
        port: 0,
        logLevel: 'silent',
        eventBus: jetstream,
        closeEventBus: true,
        database: database(),
        portalUrl,
        oidcIssuer: identity.idp.issuer,
      });
      try {
        // A later event for another booking arrives after the redelivered one: once it is applied, the
        // redelivery has been handled (the consumer takes them in order).
        const later = randomUUID();
        await publisher.publish(visitCompleted(later));
        const deadline = Date.now() + 15_000;
        while ((await requestsOf(later)).length === 0) {
          if (Date.now() > deadline) throw new Error('the later event was not consumed');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(await requestsOf(bookingId)).toHaveLength(1);
        expect(await notificationsOf(bookingId)).toHaveLength(1);
      } finally {
        await replica.close();
        await publisher.close();
        const admin = await connect({ servers: natsUrl });
        await (await jetstreamManager(admin)).streams.delete(stream).catch(() => false);
        await admin.close();
      }
    }, 60_000);
  });
});
