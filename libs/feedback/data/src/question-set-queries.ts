// Reading published question set versions (the national ones are seeded by a migration).
import {
  questionSetDefinitionSchema,
  type QuestionSetDefinition,
  type QuestionSetKey,
} from '@asiointi/feedback-contract';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { questionSetVersions } from './schema';

/** The newest published version of a set, or undefined when none is published. */
export async function latestPublishedQuestionSet(
  db: FeedbackDb,
  key: QuestionSetKey,
): Promise<QuestionSetDefinition | undefined> {
  const [row] = await db
    .select({ definition: questionSetVersions.definition })
    .from(questionSetVersions)
    .where(and(eq(questionSetVersions.setKey, key), eq(questionSetVersions.status, 'published')))
    .orderBy(desc(questionSetVersions.version))
    .limit(1);
  return row ? questionSetDefinitionSchema.parse(row.definition) : undefined;
}

/** A version that was published (and may since be retired): answers to it are still filed. */
export async function publishedQuestionSetVersion(
  db: FeedbackDb,
  key: string,
  version: number,
): Promise<QuestionSetDefinition | undefined> {
  const [row] = await db
    .select({ definition: questionSetVersions.definition })
    .from(questionSetVersions)
    .where(
      and(
        eq(questionSetVersions.setKey, key),
        eq(questionSetVersions.version, version),
        inArray(questionSetVersions.status, ['published', 'retired']),
      ),
    );
  return row ? questionSetDefinitionSchema.parse(row.definition) : undefined;
}
