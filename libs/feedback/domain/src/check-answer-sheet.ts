// An answer sheet checked against the version of the set it claims to answer: every answer names a question
// of that version with the right kind, no question is answered twice, and free text keeps within the
// question's maxLength (the recommendation's "why" within the contract's bound, already checked by zod).
import type { AnswerSheet, QuestionSetDefinition } from '@asiointi/feedback-contract';

export type SheetProblem =
  | { kind: 'wrongSet' }
  | { kind: 'unknownQuestion'; questionId: string }
  | { kind: 'wrongKind'; questionId: string }
  | { kind: 'answeredTwice'; questionId: string }
  | { kind: 'textTooLong'; questionId: string; maxLength: number };

export function answerSheetProblems(sheet: AnswerSheet, set: QuestionSetDefinition): SheetProblem[] {
  if (sheet.setKey !== set.key || sheet.setVersion !== set.version) return [{ kind: 'wrongSet' }];
  const questions = new Map(set.questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  const problems: SheetProblem[] = [];
  for (const answer of sheet.answers) {
    const { questionId } = answer;
    if (seen.has(questionId)) {
      problems.push({ kind: 'answeredTwice', questionId });
      continue;
    }
    seen.add(questionId);
    const question = questions.get(questionId);
    if (!question) {
      problems.push({ kind: 'unknownQuestion', questionId });
    } else if (question.kind !== answer.kind) {
      problems.push({ kind: 'wrongKind', questionId });
    } else if (question.kind === 'freeText' && answer.kind === 'freeText') {
      // Counted in code points, as a person counts characters (an emoji is one).
      if ([...answer.text].length > question.maxLength) {
        problems.push({ kind: 'textTooLong', questionId, maxLength: question.maxLength });
      }
    }
  }
  return problems;
}

/** Whether a sheet says anything at all (a sheet of skips only is not worth filing). */
export function sheetHasAnAnswer(sheet: AnswerSheet): boolean {
  return sheet.answers.some((answer) => {
    if (answer.kind === 'freeText') return answer.text.trim().length > 0;
    if (answer.kind === 'recommendation')
      return answer.value !== null || (answer.comment ?? '').trim() !== '';
    return answer.value !== null;
  });
}
