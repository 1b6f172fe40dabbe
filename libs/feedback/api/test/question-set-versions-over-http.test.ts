// Question-set version administration over HTTP: a draft from the latest published version, the region's
// own statements added, reworded and removed, national questions locked, publishing retiring the version
// before, a published version never edited (a typed refusal first, the trigger behind it), all audited.
import { auditLog, questionSetVersions } from '@asiointi/feedback-data';
import { nationalQuestionSets } from '@asiointi/feedback-domain';
import type { QuestionSetDefinition } from '@asiointi/feedback-contract';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { callProcedure } from '@asiointi/platform-service/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { useFeedbackTestService } from './feedback-test-service';

const text = (fi: string, sv = `${fi} (sv)`, en = `${fi} (en)`) => ({ fi, sv, en });
const nationalGeneral = nationalQuestionSets.find(({ key }) => key === 'general')!;

interface Version {
  id: string;
  version: number;
  status: string;
  definition: QuestionSetDefinition;
}

describeOnDatabases('question-set versions over HTTP', (engine) => {
  // Starts from the national sets that migration 0009 publishes as version 1.
  const service = useFeedbackTestService(engine);
  const call = <T>(path: string, options: Parameters<typeof callProcedure>[2] = {}) =>
    callProcedure<T>(service.url(), path, options);
  const analyst = () => service.identity().tokenOf('feedbackAnalystHeidi');
  const auditRows = () => service.db().$count(auditLog);
  const versionRows = async () =>
    (await service.db().select().from(questionSetVersions)).map((row) => [row.version, row.status, row.definition]);

  it('lets only feedback analysts in', async () => {
    expect((await call('questionSetVersions.list', { input: { key: 'general' } })).code).toBe('UNAUTHENTICATED');
    const manager = await service.identity().tokenOf('managerMarkku');
    expect((await call('questionSetVersions.list', { token: manager, input: { key: 'general' } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('makes a draft, edits the region’s statements only, and publishes it, retiring version 1', async () => {
    const token = await analyst();
    const auditBefore = await auditRows();
    const draft = await call<Version>('questionSetVersions.createDraft', {
      token,
      input: { key: 'general' },
      mutation: true,
    });
    expect(draft.data).toMatchObject({ version: 2, status: 'draft' });
    const id = draft.data!.id;
    expect(
      (await call('questionSetVersions.createDraft', { token, input: { key: 'general' }, mutation: true })).code,
    ).toBe('QUESTION_SET_DRAFT_EXISTS');

    const added = await call<Version>('questionSetVersions.addStatement', {
      token,
      input: { versionId: id, text: text('Pysäköinti oli helppoa'), scale: 'agreement' },
      mutation: true,
    });
    expect(added.data?.definition.questions.map((question) => question.id)).toEqual([
      ...nationalGeneral.questions.map((question) => question.id),
      'region-1',
    ]);
    const reworded = await call<Version>('questionSetVersions.editStatement', {
      token,
      input: { versionId: id, questionId: 'region-1', text: text('Paikoitus oli helppoa') },
      mutation: true,
    });
    expect(reworded.data?.definition.questions.find(({ id }) => id === 'region-1')?.text.fi).toBe(
      'Paikoitus oli helppoa',
    );

    const rowsBeforeRefusals = await versionRows();
    const locked = await call('questionSetVersions.editStatement', {
      token,
      input: { versionId: id, questionId: 'access', text: text('Muutettu') },
      mutation: true,
    });
    expect(locked.code).toBe('NATIONAL_QUESTION_LOCKED');
    const removeCore = await call('questionSetVersions.removeStatement', {
      token,
      input: { versionId: id, questionId: 'recommendation' },
      mutation: true,
    });
    expect(removeCore.code).toBe('NATIONAL_QUESTION_LOCKED');
    expect(await versionRows()).toEqual(rowsBeforeRefusals);

    const published = await call<Version>('questionSetVersions.publish', {
      token,
      input: { versionId: id },
      mutation: true,
    });
    expect(published.data?.status).toBe('published');
    const list = await call<{ version: number; status: string }[]>('questionSetVersions.list', {
      token,
      input: { key: 'general' },
    });
    expect(list.data?.map((version) => [version.version, version.status])).toEqual([
      [2, 'published'],
      [1, 'retired'],
    ]);
    // create, add, reword, publish: four audited staff actions (refusals roll theirs back).
    expect(await auditRows()).toBe(auditBefore + 4);
  });

  it('never edits a published version: a typed refusal, and the trigger behind it', async () => {
    const token = await analyst();
    const [published] = await service
      .db()
      .select()
      .from(questionSetVersions)
      .where(eq(questionSetVersions.status, 'published'));
    const before = await versionRows();
    const refused = await call('questionSetVersions.addStatement', {
      token,
      input: { versionId: published!.id, text: text('Uusi'), scale: 'agreement' },
      mutation: true,
    });
    expect(refused.code).toBe('QUESTION_SET_VERSION_PUBLISHED');
    expect((await call('questionSetVersions.publish', { token, input: { versionId: published!.id }, mutation: true })).code).toBe(
      'QUESTION_SET_VERSION_PUBLISHED',
    );
    await expect(
      service
        .db()
        .update(questionSetVersions)
        .set({ definition: { ...nationalGeneral, version: 2 } })
        .where(eq(questionSetVersions.id, published!.id)),
    ).rejects.toThrow();
    expect(await versionRows()).toEqual(before);
  });

  it('answers an unknown version with a typed refusal', async () => {
    const answer = await call('questionSetVersions.get', {
      token: await analyst(),
      input: { versionId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(answer.code).toBe('QUESTION_SET_VERSION_NOT_FOUND');
  });
});
