// Answers written straight into the tables, for the reports' tests: many at once, in months the answer
// form cannot reach (the national sets come from the module's migrations).
import { answers, freeTextAnswers, statementAnswers, type FeedbackDb } from '@asiointi/feedback-data';

export interface SeededAnswer {
  unitId: string;
  audience?: 'client' | 'staff';
  setKey?: 'general' | 'children' | 'smiley' | 'staff-pulse';
  setVersion?: number;
  /** YYYY-MM */
  month: string;
  channel?: 'onSite' | 'phone' | 'video' | 'message' | 'unknown';
  serviceCode?: string | null;
  recommendation: number | null;
  comment?: string;
  /** Statement answers by question id: 1–5, 'cannotSay' or null (skipped). */
  statements?: Record<string, number | 'cannotSay' | null>;
  freeText?: string;
  /** Whether reports may read it yet (answer-release.ts); test answers are released unless told. */
  released?: boolean;
}

/** Themes of the test set's statements. */
export const testStatementThemes: Record<string, string | null> = {
  access: 'access',
  encounter: 'encounter',
  'own-1': null,
};

export async function insertAnswers(db: FeedbackDb, seeded: readonly SeededAnswer[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const answer of seeded) {
      const [row] = await tx
        .insert(answers)
        .values({
          audience: answer.audience ?? 'client',
          setKey: answer.setKey ?? 'general',
          setVersion: answer.setVersion ?? 1,
          unitId: answer.unitId,
          serviceCode: answer.serviceCode ?? null,
          channel: answer.channel ?? 'onSite',
          month: `${answer.month}-01`,
          recommendation: answer.recommendation,
          recommendationComment: answer.comment ?? null,
          released: answer.released ?? true,
        })
        .returning({ id: answers.id });
      const answerId = row!.id;
      for (const [questionId, value] of Object.entries(answer.statements ?? {}))
        await tx.insert(statementAnswers).values({
          answerId,
          questionId,
          theme: testStatementThemes[questionId] ?? null,
          value: value === 'cannotSay' ? null : value,
          cannotSay: value === 'cannotSay',
        });
      if (answer.freeText)
        await tx.insert(freeTextAnswers).values({ answerId, questionId: 'open', text: answer.freeText });
    }
  });
}

/** n answers alike. */
export const repeat = (n: number, answer: SeededAnswer): SeededAnswer[] =>
  Array.from({ length: n }, () => answer);

