// The general-feedback figure counts in the database: per unit, only items received in [from, until).
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { expect, it } from 'vitest';
import {
  countGeneralFeedbackByUnit,
  demoUnitIds,
  feedbackDatabaseDefinition,
  generalFeedback,
} from '../src/index';

const item = (unitId: string, receivedAt: string) => ({
  kind: 'praise',
  unitId,
  text: 'Kiitos.',
  receivedAt: new Date(receivedAt),
  updatedAt: new Date(receivedAt),
});

describeOnDatabases('general feedback counted per unit', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);

  it('counts each unit’s items received within the period, from inclusive and until exclusive', async () => {
    const { db } = database();
    await db
      .insert(generalFeedback)
      .values([
        item(demoUnitIds.wellbeingCentre, '2026-02-28T21:59:59Z'),
        item(demoUnitIds.wellbeingCentre, '2026-02-28T22:00:00Z'),
        item(demoUnitIds.wellbeingCentre, '2026-03-15T10:00:00Z'),
        item(demoUnitIds.familyCentre, '2026-03-31T20:59:59Z'),
        item(demoUnitIds.familyCentre, '2026-03-31T21:00:00Z'),
      ]);
    const counts = await countGeneralFeedbackByUnit(
      db,
      [demoUnitIds.wellbeingCentre, demoUnitIds.familyCentre],
      { from: new Date('2026-02-28T22:00:00Z'), until: new Date('2026-03-31T21:00:00Z') },
    );
    expect(counts.get(demoUnitIds.wellbeingCentre)).toBe(2);
    expect(counts.get(demoUnitIds.familyCentre)).toBe(1);
  });
});
