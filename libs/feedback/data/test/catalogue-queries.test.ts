import { postgresErrorCode } from '@asiointi/platform-db';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import {
  catalogueEntries,
  countCatalogueEntriesByUnit,
  demoUnitIds,
  insertCatalogueEntry,
  listCatalogueEntries,
  feedbackDatabaseDefinition,
  seedFeedbackDemoData,
} from '../src/index';

const otherUnit = '11111111-1111-4111-8111-111111111111';

describeOnDatabases('feedback catalogue queries', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);
  beforeAll(async () => {
    expect(await seedFeedbackDemoData(database().db)).toEqual({ seeded: true });
  });

  it('seeds an empty table once', async () => {
    expect(await seedFeedbackDemoData(database().db)).toEqual({ seeded: false });
    expect(await database().db.$count(catalogueEntries)).toBe(2);
  });

  it('adds an entry and lists entries by unit', async () => {
    const { db } = database();
    const added = await insertCatalogueEntry(db, {
      id: 'c0000000-0000-4000-8000-000000000001',
      unitId: otherUnit,
      name: { fi: 'Kotikäynnit', sv: 'Hembesök', en: 'Home visits' },
      description: null,
      createdBySubject: 'staff-1',
    });
    expect(added).toMatchObject({
      id: 'c0000000-0000-4000-8000-000000000001',
      unitId: otherUnit,
      nameSv: 'Hembesök',
      descriptionFi: null,
    });
    expect((await listCatalogueEntries(db, { unitIds: [otherUnit] })).map((row) => row.id)).toEqual([
      added.id,
    ]);
    expect(await listCatalogueEntries(db, { unitIds: [] })).toEqual([]);
    expect(await listCatalogueEntries(db)).toHaveLength(3);
    const counts = await countCatalogueEntriesByUnit(db, [
      otherUnit,
      demoUnitIds.familyCentre,
      '22222222-2222-4222-8222-222222222222',
    ]);
    expect([...counts.values()]).toEqual([1, 1, 0]);
  });

  it('refuses a blank name or a description missing a language, whatever the caller checked', async () => {
    const { db } = database();
    const refusal = (values: Partial<typeof catalogueEntries.$inferInsert>) =>
      db
        .insert(catalogueEntries)
        .values({
          unitId: otherUnit,
          nameFi: 'a',
          nameSv: 'b',
          nameEn: 'c',
          createdBySubject: 's',
          ...values,
        })
        .then(
          () => 'accepted',
          (error: unknown) => postgresErrorCode(error),
        );
    expect(await refusal({ nameSv: '' })).toBe('23514');
    expect(await refusal({ descriptionFi: 'vain suomeksi' })).toBe('23514');
  });
});
