// Answers reach the reports in whole batches: whatever order answers arrive in, two reads at different
// times differ in a group by no answer or by at least the threshold, and a group below one batch shows
// nothing at all.
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  answers,
  demoUnitIds,
  feedbackDatabaseDefinition,
  insertAnswerAndReleaseBatches,
  readAnswerGroups,
  type NewAnswer,
} from '../src/index';

const units = [demoUnitIds.wellbeingCentre, demoUnitIds.familyCentre];
const answerIn = (unitId: string, month: string, channel: NewAnswer['channel']): NewAnswer => ({
  unitId,
  audience: 'client',
  setKey: 'general',
  month,
  setVersion: 1,
  serviceCode: null,
  channel,
  respondent: null,
  recommendation: 9,
  recommendationComment: null,
  statements: [{ questionId: 'q1', theme: null, value: 4, cannotSay: false }],
  freeTexts: [],
});

describeOnDatabases('feedback answers released in batches', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);

  const groupTotals = async () => {
    const rows = await readAnswerGroups(database().db, {
      unitIds: units,
      audience: 'client',
      setKey: 'general',
      fromMonth: '2026-01-01',
      untilMonth: '2026-02-01',
    });
    const totals = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.unitId} ${row.month}`;
      totals.set(key, (totals.get(key) ?? 0) + row.answers);
    }
    return totals;
  };

  it('shows nothing below a batch and releases the whole batch with the answer that fills it', async () => {
    const { db } = database();
    for (let index = 0; index < 4; index += 1)
      await db.transaction((tx) =>
        insertAnswerAndReleaseBatches(tx, answerIn(units[0]!, '2026-01-01', 'phone'), 5),
      );
    expect(await groupTotals()).toEqual(new Map());
    const filled = await db.transaction((tx) =>
      insertAnswerAndReleaseBatches(tx, answerIn(units[0]!, '2026-01-01', 'onSite'), 5),
    );
    expect(filled.released).toBe(5);
    expect(await groupTotals()).toEqual(new Map([[`${units[0]} 2026-01`, 5]]));
  });

  it('never lets two reads differ in a group by fewer than the threshold', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            unit: fc.constantFrom(...units),
            month: fc.constantFrom('2026-01-01', '2026-02-01'),
            channel: fc.constantFrom('onSite' as const, 'phone' as const),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        fc.integer({ min: 2, max: 6 }),
        async (arrivals, threshold) => {
          const { db } = database();
          await db.execute(sql`delete from ${answers}`);
          let before = await groupTotals();
          for (const arrival of arrivals) {
            await db.transaction((tx) =>
              insertAnswerAndReleaseBatches(
                tx,
                answerIn(arrival.unit, arrival.month, arrival.channel),
                threshold,
              ),
            );
            const after = await groupTotals();
            for (const key of new Set([...before.keys(), ...after.keys()])) {
              const difference = (after.get(key) ?? 0) - (before.get(key) ?? 0);
              expect(difference === 0 || difference >= threshold).toBe(true);
            }
            before = after;
          }
          // Whatever is left unreleased in a group is less than one batch.
          const unreleased = await db
            .select({ n: sql<number>`count(*)::int` })
            .from(answers)
            .where(eq(answers.released, false))
            .groupBy(answers.unitId, answers.month);
          for (const row of unreleased) expect(Number(row.n)).toBeLessThan(threshold);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('releases whole batches when answers arrive at once (the group lock serialises the count)', async () => {
    const { db } = database();
    await db.execute(sql`delete from ${answers}`);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction((tx) =>
          insertAnswerAndReleaseBatches(tx, answerIn(units[1]!, '2026-02-01', 'video'), 5),
        ),
      ),
    );
    expect(await db.$count(answers, eq(answers.released, true))).toBe(20);
  });

  it('refuses a threshold that is not a whole number of at least 1, writing nothing', async () => {
    const { db } = database();
    await db.execute(sql`delete from ${answers}`);
    await expect(
      db.transaction((tx) =>
        insertAnswerAndReleaseBatches(tx, answerIn(units[0]!, '2026-01-01', 'phone'), 0),
      ),
    ).rejects.toThrow(RangeError);
    expect(await db.$count(answers)).toBe(0);
  });
});
