// The request and answer tables: the national sets are there after migrating (and are the domain's), one
// request per service event, withdrawal and reopening, single use, and an answer that names no request.
import type { AnswerSheet } from '@asiointi/feedback-contract';
import { nationalQuestionSets } from '@asiointi/feedback-domain';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { expect, it } from 'vitest';
import {
  answers,
  createFeedbackRequest,
  feedbackDatabaseDefinition,
  feedbackRequests,
  insertAnswer,
  latestPublishedQuestionSet,
  publishedQuestionSetVersion,
  saveFeedbackDraft,
  statementAnswers,
  useFeedbackRequest,
  withdrawFeedbackRequest,
  type NewFeedbackRequest,
} from '../src/index';

const unitId = '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01';
const now = new Date('2027-03-23T10:00:00Z');
const request = (dedupeKey: string, tokenHash: string): NewFeedbackRequest => ({
  tokenHash,
  unitId,
  serviceCode: 'physician',
  channel: 'onSite',
  month: '2027-03-01',
  setKey: 'general',
  setVersion: 1,
  language: 'fi',
  expiresAt: new Date('2027-04-06T21:00:00Z'),
  dedupeKey,
});

describeOnDatabases('feedback requests and answers', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);

  it('has the national sets published as version 1 by its migrations, as the domain defines them', async () => {
    for (const set of nationalQuestionSets) {
      expect(await latestPublishedQuestionSet(database().db, set.key)).toEqual(set);
      expect(await publishedQuestionSetVersion(database().db, set.key, 1)).toEqual(set);
    }
    expect(await publishedQuestionSetVersion(database().db, 'general', 2)).toBeUndefined();
  });

  it('makes one request per service event, withdraws it and opens it again with a new token', async () => {
    const { db } = database();
    const first = await createFeedbackRequest(db, request('booking:a', 'a'.repeat(64)));
    expect(first.outcome).toBe('created');
    expect(await createFeedbackRequest(db, request('booking:a', 'b'.repeat(64)))).toEqual({
      outcome: 'exists',
      id: first.id,
    });
    expect(await withdrawFeedbackRequest(db, 'booking:a')).toBe(true);
    expect(await withdrawFeedbackRequest(db, 'booking:a')).toBe(false);
    expect(await createFeedbackRequest(db, request('booking:a', 'c'.repeat(64)))).toEqual({
      outcome: 'reopened',
      id: first.id,
    });
    const rows = await db.select().from(feedbackRequests);
    expect(rows.filter((row) => row.dedupeKey === 'booking:a')).toMatchObject([
      { state: 'open', tokenHash: 'c'.repeat(64) },
    ]);
  });

  it('keeps a draft while open and uses a request once, clearing the draft', async () => {
    const { db } = database();
    const { id } = await createFeedbackRequest(db, request('booking:b', 'd'.repeat(64)));
    const draft: AnswerSheet = { setKey: 'general', setVersion: 1, answers: [] };
    expect(await saveFeedbackDraft(db, id, draft, now)).toBe(true);
    expect(await saveFeedbackDraft(db, id, draft, new Date('2027-04-07T00:00:00Z'))).toBe(false);
    expect(await useFeedbackRequest(db, id, now)).toBe(true);
    expect(await useFeedbackRequest(db, id, now)).toBe(false);
    expect(await saveFeedbackDraft(db, id, draft, now)).toBe(false);
    const [row] = (await db.select().from(feedbackRequests)).filter((item) => item.id === id);
    expect(row).toMatchObject({ state: 'used', draft: null });
  });

  it('files an answer with its statements, naming no request', async () => {
    const { db } = database();
    const set = nationalQuestionSets[0]!;
    await insertAnswer(db, {
      set,
      sheet: {
        setKey: 'general',
        setVersion: 1,
        respondent: 'self',
        answers: [
          { kind: 'recommendation', questionId: 'recommendation', value: 10, comment: 'Kiitos' },
          { kind: 'statement', questionId: 'access', value: 'cannotSay' },
          { kind: 'statement', questionId: 'region-own-language', value: 5 },
        ],
      },
      unitId,
      serviceCode: 'physician',
      channel: 'onSite',
      month: '2027-03-01',
    });
    const [answer] = await db.select().from(answers);
    expect(Object.keys(answer!).sort()).toEqual(
      [
        'audience',
        'channel',
        'id',
        'month',
        'recommendation',
        'recommendationComment',
        // Whether reports may count it yet (a batch flag, not a time).
        'released',
        'respondent',
        'serviceCode',
        'setKey',
        'setVersion',
        'unitId',
      ].sort(),
    );
    expect(answer).toMatchObject({
      recommendation: 10,
      recommendationComment: 'Kiitos',
      month: '2027-03-01',
    });
    const statements = await db.select().from(statementAnswers);
    expect(
      statements.map(({ questionId, theme, value, cannotSay }) => ({ questionId, theme, value, cannotSay })),
    ).toEqual(
      expect.arrayContaining([
        { questionId: 'access', theme: 'access', value: null, cannotSay: true },
        { questionId: 'region-own-language', theme: null, value: 5, cannotSay: false },
      ]),
    );
  });
});
