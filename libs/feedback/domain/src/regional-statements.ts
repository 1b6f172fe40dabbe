// What may change in a draft question-set version: the region's own statements (statements without a
// national theme) are added, reworded and removed; the national core statements, the recommendation
// question and the national open questions stay as they are.
import {
  maxQuestionsPerSet,
  type Question,
  type QuestionSetDefinition,
  type QuestionText,
} from '@asiointi/feedback-contract';

export type DraftEditRefusal = 'QUESTION_NOT_FOUND' | 'NATIONAL_QUESTION_LOCKED' | 'TOO_MANY_QUESTIONS';

export type DraftEdit =
  | { ok: true; definition: QuestionSetDefinition; questionId: string }
  | { ok: false; refusal: DraftEditRefusal };

export function isRegionalStatement(question: Question): boolean {
  return question.kind === 'statement' && question.theme === undefined;
}

/** The first free id of the form region-<n>. */
export function nextRegionalQuestionId(definition: QuestionSetDefinition): string {
  const used = new Set(definition.questions.map((question) => question.id));
  for (let n = 1; ; n++) if (!used.has(`region-${n}`)) return `region-${n}`;
}

export function addRegionalStatement(
  definition: QuestionSetDefinition,
  statement: { text: QuestionText; scale: 'agreement' | 'smiley' },
): DraftEdit {
  if (definition.questions.length >= maxQuestionsPerSet) return { ok: false, refusal: 'TOO_MANY_QUESTIONS' };
  const questionId = nextRegionalQuestionId(definition);
  const question: Question = { kind: 'statement', id: questionId, text: statement.text, scale: statement.scale };
  return { ok: true, questionId, definition: { ...definition, questions: [...definition.questions, question] } };
}

function editableIndex(definition: QuestionSetDefinition, questionId: string) {
  const index = definition.questions.findIndex((question) => question.id === questionId);
  if (index < 0) return { ok: false as const, refusal: 'QUESTION_NOT_FOUND' as const };
  if (!isRegionalStatement(definition.questions[index]!))
    return { ok: false as const, refusal: 'NATIONAL_QUESTION_LOCKED' as const };
  return { ok: true as const, index };
}

export function rewordRegionalStatement(
  definition: QuestionSetDefinition,
  questionId: string,
  text: QuestionText,
): DraftEdit {
  const found = editableIndex(definition, questionId);
  if (!found.ok) return found;
  const questions = definition.questions.map((question, index) =>
    index === found.index ? { ...question, text } : question,
  );
  return { ok: true, questionId, definition: { ...definition, questions } };
}

export function removeRegionalStatement(definition: QuestionSetDefinition, questionId: string): DraftEdit {
  const found = editableIndex(definition, questionId);
  if (!found.ok) return found;
  const questions = definition.questions.filter((_, index) => index !== found.index);
  return { ok: true, questionId, definition: { ...definition, questions } };
}
