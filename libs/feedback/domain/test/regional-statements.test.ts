import type { QuestionSetDefinition } from '@asiointi/feedback-contract';
import { describe, expect, it } from 'vitest';
import { addRegionalStatement, removeRegionalStatement, rewordRegionalStatement } from '../src/index';

const text = (word: string) => ({ fi: word, sv: word, en: word });
const definition: QuestionSetDefinition = {
  key: 'general',
  version: 1,
  audience: 'client',
  title: text('Palaute'),
  intro: text('Kerro'),
  questions: [
    { kind: 'recommendation', id: 'recommend', text: text('Suosittelisitko'), commentPrompt: text('Miksi') },
    { kind: 'statement', id: 'access', theme: 'access', text: text('Sain palvelua'), scale: 'agreement' },
    { kind: 'statement', id: 'region-1', text: text('Pysäköinti'), scale: 'agreement' },
  ],
};

describe('the region’s own statements in a draft', () => {
  it('adds a statement with the next free regional id', () => {
    const added = addRegionalStatement(definition, { text: text('Opasteet'), scale: 'smiley' });
    expect(added.ok && added.questionId).toBe('region-2');
    expect(added.ok && added.definition.questions).toHaveLength(4);
  });

  it('rewords and removes the region’s statements only', () => {
    const reworded = rewordRegionalStatement(definition, 'region-1', text('Paikoitus'));
    expect(reworded.ok && reworded.definition.questions[2]!.text.fi).toBe('Paikoitus');
    expect(rewordRegionalStatement(definition, 'access', text('x'))).toEqual({
      ok: false,
      refusal: 'NATIONAL_QUESTION_LOCKED',
    });
    expect(removeRegionalStatement(definition, 'recommend')).toEqual({
      ok: false,
      refusal: 'NATIONAL_QUESTION_LOCKED',
    });
    expect(removeRegionalStatement(definition, 'nothing')).toEqual({ ok: false, refusal: 'QUESTION_NOT_FOUND' });
    const removed = removeRegionalStatement(definition, 'region-1');
    expect(removed.ok && removed.definition.questions.map((q) => q.id)).toEqual(['recommend', 'access']);
  });
});
