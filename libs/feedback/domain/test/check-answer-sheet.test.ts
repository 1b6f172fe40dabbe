import type { AnswerSheet } from '@asiointi/feedback-contract';
import { describe, expect, it } from 'vitest';
import { answerSheetProblems, nationalQuestionSets, sheetHasAnAnswer } from '../src/index';

const general = nationalQuestionSets.find((set) => set.key === 'general')!;
const sheet = (answers: AnswerSheet['answers'], overrides: Partial<AnswerSheet> = {}): AnswerSheet => ({
  setKey: 'general',
  setVersion: 1,
  answers,
  ...overrides,
});

describe('an answer sheet checked against its set’s version', () => {
  it('accepts answers, skips and "cannot say" to the set’s own questions', () => {
    const answers: AnswerSheet['answers'] = [
      { kind: 'recommendation', questionId: 'recommendation', value: 9, comment: 'Hyvä' },
      { kind: 'statement', questionId: 'access', value: 4 },
      { kind: 'statement', questionId: 'safety', value: 'cannotSay' },
      { kind: 'statement', questionId: 'encounter', value: null },
      { kind: 'freeText', questionId: 'other-comments', text: 'x'.repeat(1000) },
    ];
    expect(answerSheetProblems(sheet(answers), general)).toEqual([]);
  });

  it('names each problem: another set, an unknown question, a wrong kind, twice, too long', () => {
    expect(answerSheetProblems(sheet([], { setVersion: 2 }), general)).toEqual([{ kind: 'wrongSet' }]);
    expect(answerSheetProblems(sheet([], { setKey: 'children' }), general)).toEqual([{ kind: 'wrongSet' }]);
    expect(
      answerSheetProblems(
        sheet([
          { kind: 'statement', questionId: 'no-such-question', value: 3 },
          { kind: 'freeText', questionId: 'access', text: 'text where a statement is' },
          { kind: 'statement', questionId: 'safety', value: 5 },
          { kind: 'statement', questionId: 'safety', value: 1 },
          // 1001 characters, one of them an emoji (two UTF-16 units, one character).
          { kind: 'freeText', questionId: 'other-comments', text: `${'x'.repeat(1000)}🙂` },
        ]),
        general,
      ),
    ).toEqual([
      { kind: 'unknownQuestion', questionId: 'no-such-question' },
      { kind: 'wrongKind', questionId: 'access' },
      { kind: 'answeredTwice', questionId: 'safety' },
      { kind: 'textTooLong', questionId: 'other-comments', maxLength: 1000 },
    ]);
  });

  it('tells a sheet of skips from one that says something', () => {
    expect(sheetHasAnAnswer(sheet([{ kind: 'statement', questionId: 'access', value: null }]))).toBe(false);
    expect(sheetHasAnAnswer(sheet([{ kind: 'freeText', questionId: 'other-comments', text: '  ' }]))).toBe(
      false,
    );
    expect(sheetHasAnAnswer(sheet([{ kind: 'statement', questionId: 'access', value: 'cannotSay' }]))).toBe(
      true,
    );
    expect(
      sheetHasAnAnswer(sheet([{ kind: 'recommendation', questionId: 'recommendation', value: 0 }])),
    ).toBe(true);
  });
});
