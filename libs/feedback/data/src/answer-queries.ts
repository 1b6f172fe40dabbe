// Filing a finished answer: the answer row (random id, unit, service, channel, month) and its statement and
// free-text rows, in the caller's transaction. Nothing here names a request, a person or a time.
import type { AnswerSheet, QuestionSetDefinition } from '@asiointi/feedback-contract';
import type { FeedbackDb } from './feedback-database';
import { answers, freeTextAnswers, statementAnswers } from './schema';

export interface AnswerFiling {
  set: QuestionSetDefinition;
  sheet: AnswerSheet;
  unitId: string;
  serviceCode: string | null;
  channel: string;
  /** First day of the month, YYYY-MM-01. */
  month: string;
}

/** Inserts the answer; returns nothing the caller could keep to link it to anything. */
export async function insertAnswer(tx: FeedbackDb, filing: AnswerFiling): Promise<void> {
  const { set, sheet } = filing;
  const recommendation = sheet.answers.find((answer) => answer.kind === 'recommendation');
  const [answer] = await tx
    .insert(answers)
    .values({
      audience: set.audience,
      setKey: set.key,
      setVersion: set.version,
      unitId: filing.unitId,
      serviceCode: filing.serviceCode,
      channel: filing.channel,
      month: filing.month,
      respondent: sheet.respondent ?? null,
      recommendation: recommendation?.value ?? null,
      recommendationComment: recommendation?.comment?.trim() ? recommendation.comment : null,
    })
    .returning({ id: answers.id });
  if (!answer) throw new Error('The answer was not inserted.');
  const themes = new Map(
    set.questions.flatMap((question) =>
      question.kind === 'statement' ? [[question.id, question.theme ?? null] as const] : [],
    ),
  );
  const statements = sheet.answers.flatMap((item) =>
    item.kind === 'statement'
      ? [
          {
            answerId: answer.id,
            questionId: item.questionId,
            theme: themes.get(item.questionId) ?? null,
            value: item.value === 'cannotSay' ? null : item.value,
            cannotSay: item.value === 'cannotSay',
          },
        ]
      : [],
  );
  const texts = sheet.answers.flatMap((item) =>
    item.kind === 'freeText' && item.text.trim() !== ''
      ? [{ answerId: answer.id, questionId: item.questionId, text: item.text }]
      : [],
  );
  if (statements.length > 0) await tx.insert(statementAnswers).values(statements);
  if (texts.length > 0) await tx.insert(freeTextAnswers).values(texts);
}
