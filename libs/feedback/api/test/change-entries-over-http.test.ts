// "You said, we did" over HTTP: the public page lists published changes only; analysts and managers write
// their own units' entries, each change audited as a staff action, and nothing is written for a refusal.
import { TEST_UNIT_IDS } from '@asiointi/dev-idp';
import { auditLog, changeEntries, demoUnitIds } from '@asiointi/feedback-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { callProcedure } from '@asiointi/platform-service/testing';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { useFeedbackTestService } from './feedback-test-service';

const entry = {
  unitId: demoUnitIds.wellbeingCentre,
  month: '2026-02',
  title: { fi: 'Lisää istumapaikkoja', sv: 'Fler sittplatser', en: 'More seats' },
  said: { fi: 'Aulassa ei ollut tilaa.', sv: 'Det fanns ingen plats i entrén.', en: 'No room in the lobby.' },
  done: { fi: 'Aulaan tuli kymmenen tuolia.', sv: 'Tio stolar till entrén.', en: 'Ten chairs in the lobby.' },
  published: false,
};

describeOnDatabases('“you said, we did” over HTTP', (engine) => {
  const service = useFeedbackTestService(engine);
  const call = <T>(path: string, options: Parameters<typeof callProcedure>[2] = {}) =>
    callProcedure<T>(service.url(), path, options);
  const counts = async () => ({
    entries: await service.db().$count(changeEntries),
    audit: await service.db().$count(auditLog),
  });

  it('lets an analyst of the unit create, publish, edit and unpublish an entry, each audited', async () => {
    const heidi = await service.identity().tokenOf('feedbackAnalystHeidi');
    const before = await counts();
    const created = await call<{ id: string; published: boolean }>('changes.create', {
      token: heidi,
      input: entry,
      mutation: true,
    });
    expect(created.status).toBe(200);
    expect((await call<unknown[]>('changes.published')).data).toEqual([]);

    const published = await call('changes.setPublished', {
      token: heidi,
      input: { id: created.data!.id, published: true },
      mutation: true,
    });
    expect(published.status).toBe(200);
    const shown = await call<{ title: { sv: string }; month: string; unitName: { sv: string } }[]>(
      'changes.published',
    );
    expect(shown.data?.map((change) => [change.title.sv, change.month, change.unitName.sv])).toEqual([
      ['Fler sittplatser', '2026-02', 'Kaijonharju välfärdscentral'],
    ]);

    const edited = await call<{ title: { en: string } }>('changes.update', {
      token: heidi,
      input: { id: created.data!.id, entry: { ...entry, title: { ...entry.title, en: 'More chairs' } } },
      mutation: true,
    });
    expect(edited.data?.title.en).toBe('More chairs');
    // The edit sent published: false, which takes it off the page as well.
    expect((await call<unknown[]>('changes.published')).data).toEqual([]);
    expect(await counts()).toEqual({ entries: before.entries + 1, audit: before.audit + 3 });
  });

  it('refuses other units, residents and anyone not signed in, writing nothing', async () => {
    const before = await counts();
    const create = async (token: string | undefined, input: unknown = entry) =>
      (await call('changes.create', { token, input, mutation: true })).code;
    expect(await create(undefined)).toBe('UNAUTHENTICATED');
    expect(await create(await service.identity().tokenOf('guardianAnna'))).toBe('FORBIDDEN');
    expect(await create(await service.identity().tokenOf('nurseSari'))).toBe('FORBIDDEN');
    expect(
      await create(await service.identity().tokenOf('feedbackAnalystHeidi'), {
        ...entry,
        unitId: TEST_UNIT_IDS.northHealthCentre,
      }),
    ).toBe('FORBIDDEN');
    expect((await counts()).entries).toBe(before.entries);
  });

  it('answers any malformed entry with a typed refusal and writes nothing', async () => {
    const heidi = await service.identity().tokenOf('feedbackAnalystHeidi');
    const before = await counts();
    const text = fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 2001, maxLength: 2100 }), fc.integer());
    const malformed = fc.record(
      {
        unitId: fc.oneof(fc.constant(entry.unitId), fc.string({ maxLength: 10 })),
        month: fc.oneof(fc.constantFrom('2026-13', '2026-1', '9999-01', ''), fc.string({ maxLength: 8 })),
        title: fc.oneof(fc.record({ fi: text, sv: text }), fc.constant(null)),
        said: fc.record({ fi: text, sv: text, en: text }),
        done: fc.constant(entry.done),
        published: fc.oneof(fc.boolean(), fc.constant('yes')),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(malformed, async (input) => {
        const answer = await call('changes.create', { token: heidi, input, mutation: true });
        expect(answer.status).toBe(400);
        expect(answer.code).toBe('VALIDATION_FAILED');
      }),
      { numRuns: 25 },
    );
    expect(await counts()).toEqual(before);
  });
});
