// Answering a feedback request, public (no sign-in): the token in the POST body of a mutation only, never a
// URL; answers are never cached (the service sends Cache-Control: no-store). open returns the set's version
// to render, the unit's name and the draft; saveDraft keeps the sheet so far; submit files the answer, uses
// the token up and clears the draft in one transaction. A used, expired, withdrawn or unknown token gets one
// answer (REQUEST_LINK_UNUSABLE), and a client with many such look-ups waits longer and longer.
import {
  answerSheetSchema,
  FeedbackErrorCode,
  openedRequestSchema,
  openRequestInputSchema,
  saveDraftInputSchema,
  submitAnswerInputSchema,
  type AnswerSheet,
  type OpenedRequest,
  type QuestionSetDefinition,
} from '@asiointi/feedback-contract';
import {
  expireFeedbackRequest,
  findFeedbackRequestByTokenHash,
  insertAnswer,
  releaseFullBatch,
  publishedQuestionSetVersion,
  saveFeedbackDraft,
  useFeedbackRequest,
  type FeedbackRequestRow,
} from '@asiointi/feedback-data';
import { answerSheetProblems, helsinkiMonthOf, sheetHasAnAnswer } from '@asiointi/feedback-domain';
import { ApiError } from '@asiointi/platform-service';
import { z } from 'zod';
import { hashRequestToken, tokenMatches } from '../requests/request-token';
import { createRouter, publicProcedure, type FeedbackContext } from '../trpc';

const linkUnusable = () => new ApiError('NOT_FOUND', FeedbackErrorCode.REQUEST_LINK_UNUSABLE);
const tooManyAttempts = () =>
  new ApiError('TOO_MANY_REQUESTS', FeedbackErrorCode.REQUEST_LINK_ATTEMPTS_EXCEEDED);
const sheetInvalid = () => new ApiError('BAD_REQUEST', FeedbackErrorCode.ANSWER_SHEET_INVALID);
const sheetEmpty = () => new ApiError('BAD_REQUEST', FeedbackErrorCode.ANSWER_SHEET_EMPTY);

interface UsableRequest {
  row: FeedbackRequestRow;
  set: QuestionSetDefinition;
}

/** The open, unexpired request of a token with its set's version; anything else fails alike. */
async function usableRequest(ctx: FeedbackContext, token: string): Promise<UsableRequest> {
  const now = ctx.now();
  if (ctx.requestLinkLimiter.waitMsOf(ctx.clientAddress, now.getTime()) > 0) throw tooManyAttempts();
  const fail = (): never => {
    ctx.requestLinkLimiter.recordFailure(ctx.clientAddress, now.getTime());
    throw linkUnusable();
  };
  const row = await findFeedbackRequestByTokenHash(ctx.db, hashRequestToken(token));
  if (!row || !tokenMatches(token, row.tokenHash) || row.state !== 'open') return fail();
  if (row.expiresAt.getTime() <= now.getTime()) {
    await expireFeedbackRequest(ctx.db, row.id);
    return fail();
  }
  const set = await publishedQuestionSetVersion(ctx.db, row.setKey, row.setVersion);
  if (!set) return fail();
  return { row, set };
}

function checkSheet(sheet: AnswerSheet, set: QuestionSetDefinition): void {
  if (answerSheetProblems(sheet, set).length > 0) throw sheetInvalid();
}

/** A stored draft that no longer fits (it never should) is dropped rather than shown. */
function draftOf(row: FeedbackRequestRow, set: QuestionSetDefinition): AnswerSheet | null {
  const parsed = answerSheetSchema.safeParse(row.draft);
  if (!parsed.success || answerSheetProblems(parsed.data, set).length > 0) return null;
  return parsed.data;
}

export const requestAnsweringRouter = createRouter({
  open: publicProcedure
    .input(openRequestInputSchema)
    .output(openedRequestSchema)
    .mutation(async ({ ctx, input }): Promise<OpenedRequest> => {
      const { row, set } = await usableRequest(ctx, input.token);
      return {
        set,
        unitName: (await ctx.units.nameOf(row.unitId).catch(() => undefined)) ?? null,
        language: row.language as OpenedRequest['language'],
        draft: draftOf(row, set),
      };
    }),

  saveDraft: publicProcedure
    .input(saveDraftInputSchema)
    .output(z.object({ saved: z.literal(true) }).strict())
    .mutation(async ({ ctx, input }) => {
      const { row, set } = await usableRequest(ctx, input.token);
      checkSheet(input.sheet, set);
      if (!(await saveFeedbackDraft(ctx.db, row.id, input.sheet, ctx.now()))) throw linkUnusable();
      return { saved: true as const };
    }),

  submit: publicProcedure
    .input(submitAnswerInputSchema)
    .output(z.object({ submitted: z.literal(true) }).strict())
    .mutation(async ({ ctx, input }) => {
      const { row, set } = await usableRequest(ctx, input.token);
      checkSheet(input.sheet, set);
      if (!sheetHasAnAnswer(input.sheet)) throw sheetEmpty();
      const now = ctx.now();
      await ctx.db.transaction(async (tx) => {
        // Used first: a second submit racing this one finds it used and files nothing.
        if (!(await useFeedbackRequest(tx, row.id, now))) throw linkUnusable();
        const month = helsinkiMonthOf(now);
        await insertAnswer(tx, {
          set,
          sheet: input.sheet,
          unitId: row.unitId,
          serviceCode: row.serviceCode,
          channel: row.channel,
          month,
        });
        // Reports see answers only in whole batches, so two reads never differ by one person's answer.
        await releaseFullBatch(
          tx,
          { unitId: row.unitId, audience: set.audience, setKey: set.key, month },
          ctx.suppressionThreshold,
        );
      });
      return { submitted: true as const };
    }),
});
