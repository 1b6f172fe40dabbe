// What the database itself refuses of general feedback, whatever the contract let past: contact details
// that are half there, a reply due date without anyone to reply to, texts beyond their bounds.
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { expect, it } from 'vitest';
import { demoUnitIds, feedbackDatabaseDefinition, generalFeedback } from '../src/index';

const now = new Date('2026-03-20T10:00:00Z');
const valid = {
  kind: 'complaint',
  unitId: demoUnitIds.wellbeingCentre,
  text: 'Pitkä jono.',
  receivedAt: now,
  updatedAt: now,
  replyDueOn: '2026-04-03',
  contactName: 'Maija',
  contactEmail: 'maija@example.invalid',
  contactLanguage: 'fi',
};

describeOnDatabases('feedback.general_feedback', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);

  it('takes a whole item, and refuses half contact details or a due date without them', async () => {
    const { db } = database();
    await db.insert(generalFeedback).values(valid);
    const refused = [
      { ...valid, contactEmail: null },
      { ...valid, contactLanguage: null },
      { ...valid, replyDueOn: null },
      { ...valid, contactName: null, contactEmail: null, contactLanguage: null },
      { ...valid, text: 'x'.repeat(4001) },
      { ...valid, kind: 'thanks' },
      { ...valid, status: 'done' },
    ];
    for (const row of refused) await expect(db.insert(generalFeedback).values(row)).rejects.toThrow();
    expect(await db.$count(generalFeedback)).toBe(1);
  });
});
