import { coreStatementThemeSchema, questionSetDefinitionSchema } from '@asiointi/feedback-contract';
import { describe, expect, it } from 'vitest';
import { nationalQuestionSets, questionSetForAge } from '../src/index';

describe('the national default question sets', () => {
  it('are valid definitions, version 1, one per key', () => {
    for (const set of nationalQuestionSets) expect(questionSetDefinitionSchema.parse(set)).toEqual(set);
    expect(nationalQuestionSets.map((set) => `${set.key}@${set.version}`)).toEqual([
      'general@1',
      'children@1',
      'smiley@1',
      'staff-pulse@1',
    ]);
  });

  it('give the general form the recommendation question, the seven core statements and a regional one', () => {
    const general = nationalQuestionSets.find((set) => set.key === 'general')!;
    expect(general.questions[0]).toMatchObject({ kind: 'recommendation' });
    const themes = general.questions.flatMap((q) => (q.kind === 'statement' && q.theme ? [q.theme] : []));
    expect(themes).toEqual(coreStatementThemeSchema.options);
    expect(general.questions.some((q) => q.kind === 'statement' && q.theme === undefined)).toBe(true);
  });

  it('use smileys for children and for the smiley set, and address staff in the pulse', () => {
    for (const key of ['children', 'smiley'] as const) {
      const set = nationalQuestionSets.find((candidate) => candidate.key === key)!;
      expect(set.questions.filter((q) => q.kind === 'statement').every((q) => q.scale === 'smiley')).toBe(
        true,
      );
    }
    expect(nationalQuestionSets.find((set) => set.key === 'children')!.ageBand).toEqual({ min: 7, max: 12 });
    expect(nationalQuestionSets.find((set) => set.key === 'staff-pulse')!.audience).toBe('staff');
  });

  it('choose the children’s set for ages 7–12 only, and the general form without an age', () => {
    expect([undefined, 6, 7, 12, 13, 80].map(questionSetForAge)).toEqual([
      'general',
      'general',
      'children',
      'children',
      'general',
      'general',
    ]);
  });
});
