// Question-set versions for feedback analysts: the versions of each set, a draft made from the latest
// published version, the region's own statements added, reworded and removed in the draft, and publishing
// (the draft becomes what new requests use and the version before it is retired). A published version is
// never edited: the API refuses first with a typed error, and the table's trigger refuses anyway.
import { randomUUID } from 'node:crypto';
import {
  editRegionalStatementInputSchema,
  FeedbackErrorCode,
  questionSetDefinitionSchema,
  questionSetKeyInputSchema,
  questionSetVersionRefSchema,
  questionSetVersionSchema,
  questionSetVersionSummarySchema,
  regionalStatementInputSchema,
  removeRegionalStatementInputSchema,
  type QuestionSetDefinition,
  type QuestionSetKey,
  type QuestionSetStatus,
  type QuestionSetVersion,
} from '@asiointi/feedback-contract';
import {
  findQuestionSetVersion,
  findQuestionSetVersionByStatus,
  insertQuestionSetDraft,
  latestQuestionSetVersionNumber,
  listQuestionSetVersions,
  publishQuestionSetDraft,
  updateQuestionSetDraft,
  type FeedbackDb,
  type QuestionSetVersionRow,
} from '@asiointi/feedback-data';
import {
  addRegionalStatement,
  removeRegionalStatement,
  rewordRegionalStatement,
  type DraftEdit,
} from '@asiointi/feedback-domain';
import type { AuditContext } from '@asiointi/platform-audit';
import { postgresErrorCode } from '@asiointi/platform-db';
import { ApiError } from '@asiointi/platform-service';
import { z } from 'zod';
import { feedbackAuditSpecs, feedbackAuditTrail } from '../audit-trail';
import { createRouter, staffProcedure } from '../trpc';

const { questionSetCreate, questionSetUpdate } = feedbackAuditSpecs;
const analyst = 'feedback-analyst';

function toVersion(row: QuestionSetVersionRow): QuestionSetVersion {
  const definition = questionSetDefinitionSchema.parse(row.definition);
  return {
    id: row.id,
    key: row.setKey as QuestionSetKey,
    version: row.version,
    status: row.status as QuestionSetStatus,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    questionCount: definition.questions.length,
    definition,
  };
}

/** The audit context of the analyst's first unit: question sets are the region's, not a unit's. */
async function analystAuditContext(ctx: {
  staffRoles: readonly { unitId: string }[];
  requireUnit(unitId: string): Promise<{ auditContext: AuditContext }>;
}): Promise<AuditContext> {
  const [first] = ctx.staffRoles;
  if (!first) throw new ApiError('FORBIDDEN', 'FORBIDDEN');
  return (await ctx.requireUnit(first.unitId)).auditContext;
}

const versionNotFound = () => new ApiError('NOT_FOUND', FeedbackErrorCode.QUESTION_SET_VERSION_NOT_FOUND);

/** A draft under its lock: a published or retired version is refused before the trigger would. */
async function lockedDraft(tx: FeedbackDb, versionId: string): Promise<QuestionSetVersionRow> {
  const row = await findQuestionSetVersion(tx, versionId, { lock: true });
  if (!row) throw versionNotFound();
  if (row.status !== 'draft') throw new ApiError('CONFLICT', FeedbackErrorCode.QUESTION_SET_VERSION_PUBLISHED);
  return row;
}

function applied(edit: DraftEdit): QuestionSetDefinition {
  if (edit.ok) return edit.definition;
  if (edit.refusal === 'QUESTION_NOT_FOUND') throw new ApiError('NOT_FOUND', FeedbackErrorCode.QUESTION_NOT_FOUND);
  if (edit.refusal === 'TOO_MANY_QUESTIONS')
    throw new ApiError('CONFLICT', FeedbackErrorCode.TOO_MANY_QUESTIONS);
  throw new ApiError('FORBIDDEN', FeedbackErrorCode.NATIONAL_QUESTION_LOCKED);
}

/** Changes a draft's definition under its lock, audited, and answers the draft as it then is. */
async function editDraft(
  ctx: Parameters<typeof analystAuditContext>[0] & { db: FeedbackDb },
  versionId: string,
  edit: (definition: QuestionSetDefinition) => DraftEdit,
): Promise<QuestionSetVersion> {
  const auditContext = await analystAuditContext(ctx);
  return feedbackAuditTrail.change(
    ctx.db,
    auditContext,
    { ...questionSetUpdate, resourceId: versionId, subjectPerson: null },
    async (tx) => {
      const draft = await lockedDraft(tx, versionId);
      const definition = applied(edit(questionSetDefinitionSchema.parse(draft.definition)));
      await updateQuestionSetDraft(tx, versionId, definition);
      return toVersion({ ...draft, definition });
    },
  );
}

export const questionSetVersionsRouter = createRouter({
  /** Every version of a set, newest first. */
  list: staffProcedure(analyst)
    .input(questionSetKeyInputSchema)
    .output(z.array(questionSetVersionSummarySchema))
    .query(async ({ ctx, input }) =>
      (await listQuestionSetVersions(ctx.db, input.key)).map((row) => {
        const { definition: _definition, ...summary } = toVersion(row);
        return summary;
      }),
    ),

  get: staffProcedure(analyst)
    .input(questionSetVersionRefSchema)
    .output(questionSetVersionSchema)
    .query(async ({ ctx, input }) => {
      const row = await findQuestionSetVersion(ctx.db, input.versionId);
      if (!row) throw versionNotFound();
      return toVersion(row);
    }),

  /** A new draft, a copy of the latest published version under the next version number. */
  createDraft: staffProcedure(analyst)
    .meta({ audit: questionSetCreate })
    .input(questionSetKeyInputSchema)
    .output(questionSetVersionSchema)
    .mutation(async ({ ctx, input }) => {
      const auditContext = await analystAuditContext(ctx);
      const id = randomUUID();
      try {
        return await feedbackAuditTrail.change(
          ctx.db,
          auditContext,
          { ...questionSetCreate, resourceId: id, subjectPerson: null },
          async (tx) => {
            if (await findQuestionSetVersionByStatus(tx, input.key, 'draft'))
              throw new ApiError('CONFLICT', FeedbackErrorCode.QUESTION_SET_DRAFT_EXISTS);
            const published = await findQuestionSetVersionByStatus(tx, input.key, 'published');
            if (!published) throw new ApiError('NOT_FOUND', FeedbackErrorCode.NO_PUBLISHED_QUESTION_SET);
            const version = (await latestQuestionSetVersionNumber(tx, input.key)) + 1;
            const definition = { ...questionSetDefinitionSchema.parse(published.definition), version };
            return toVersion(await insertQuestionSetDraft(tx, { id, setKey: input.key, version, definition }));
          },
        );
      } catch (error) {
        // Another analyst made the draft at the same moment (one draft per set: a unique index).
        if (postgresErrorCode(error) === '23505')
          throw new ApiError('CONFLICT', FeedbackErrorCode.QUESTION_SET_DRAFT_EXISTS);
        throw error;
      }
    }),

  addStatement: staffProcedure(analyst)
    .meta({ audit: questionSetUpdate })
    .input(regionalStatementInputSchema)
    .output(questionSetVersionSchema)
    .mutation(({ ctx, input }) =>
      editDraft(ctx, input.versionId, (definition) =>
        addRegionalStatement(definition, { text: input.text, scale: input.scale }),
      ),
    ),

  editStatement: staffProcedure(analyst)
    .meta({ audit: questionSetUpdate })
    .input(editRegionalStatementInputSchema)
    .output(questionSetVersionSchema)
    .mutation(({ ctx, input }) =>
      editDraft(ctx, input.versionId, (definition) =>
        rewordRegionalStatement(definition, input.questionId, input.text),
      ),
    ),

  removeStatement: staffProcedure(analyst)
    .meta({ audit: questionSetUpdate })
    .input(removeRegionalStatementInputSchema)
    .output(questionSetVersionSchema)
    .mutation(({ ctx, input }) =>
      editDraft(ctx, input.versionId, (definition) => removeRegionalStatement(definition, input.questionId)),
    ),

  /** The draft becomes the published version new requests use; the one before it is retired. */
  publish: staffProcedure(analyst)
    .meta({ audit: questionSetUpdate })
    .input(questionSetVersionRefSchema)
    .output(questionSetVersionSchema)
    .mutation(async ({ ctx, input }) => {
      const auditContext = await analystAuditContext(ctx);
      const now = ctx.now();
      return feedbackAuditTrail.change(
        ctx.db,
        auditContext,
        { ...questionSetUpdate, resourceId: input.versionId, subjectPerson: null },
        async (tx) => {
          const draft = await lockedDraft(tx, input.versionId);
          await publishQuestionSetDraft(tx, { id: draft.id, setKey: draft.setKey }, now);
          const published = await findQuestionSetVersion(tx, draft.id);
          if (!published) throw versionNotFound();
          return toVersion(published);
        },
      );
    }),
});
