import { generalFeedbackStatusSchema, type GeneralFeedbackStatus } from '@asiointi/feedback-contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canClose, canMoveTo, canReply, isOverdue, nextStatusesOf, replyDueOn } from '../src/index';

const statuses = generalFeedbackStatusSchema.options;

describe('the inbox workflow', () => {
  it('moves new items to handling or closes them; only a sent reply makes an item answered', () => {
    expect(nextStatusesOf('new')).toEqual(['inProgress', 'closed']);
    for (const from of statuses) expect(canMoveTo(from, 'answered')).toBe(false);
  });

  it('closes an item whose sender wants a reply only once a reply is sent', () => {
    expect(canClose({ replyWanted: true, replied: false })).toBe(false);
    expect(canClose({ replyWanted: true, replied: true })).toBe(true);
    expect(canClose({ replyWanted: false, replied: false })).toBe(true);
  });

  it('never lets an item stay where it is or go back to new', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...statuses), (from, to) => {
        if (from === to || to === 'new') expect(canMoveTo(from, to)).toBe(false);
      }),
    );
  });

  it('lets every status be reached from new, answered by a reply', () => {
    const reached = new Set<GeneralFeedbackStatus>(['new', 'answered']);
    for (let round = 0; round < 4; round++)
      for (const from of [...reached]) for (const to of nextStatusesOf(from)) reached.add(to);
    expect([...reached].sort()).toEqual([...statuses].sort());
  });

  it('sends no reply on a closed item', () => {
    expect(canReply('closed')).toBe(false);
    expect(canReply('new')).toBe(true);
  });
});

describe('reply due dates', () => {
  it('counts 14 calendar days from the Helsinki day the feedback arrived', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Helsinki.
    expect(replyDueOn(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-15');
    expect(replyDueOn(new Date('2026-12-31T12:00:00Z'))).toBe('2027-01-14');
    // Across the spring DST change (29 March 2026).
    expect(replyDueOn(new Date('2026-03-20T10:00:00Z'))).toBe('2026-04-03');
  });

  it('flags only items still waiting after their due day', () => {
    const waiting = { status: 'inProgress' as const, replyDueOn: '2026-04-03' };
    expect(isOverdue(waiting, '2026-04-03')).toBe(false);
    expect(isOverdue(waiting, '2026-04-04')).toBe(true);
    expect(isOverdue({ ...waiting, status: 'answered' }, '2026-05-01')).toBe(false);
    expect(isOverdue({ ...waiting, replyDueOn: null }, '2026-05-01')).toBe(false);
  });
});
