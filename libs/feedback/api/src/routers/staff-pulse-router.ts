// The staff pulse: a unit's staff answer the published 'staff-pulse' set once a month, anonymously. What
// is kept of the person is only a keyed hash of subject, unit and month (the "answered this month"
// marker); the answer itself has no link to it or to them. No audit row is written for an answer: it
// would tie the person to the moment an anonymous answer appeared.
import { createHmac } from 'node:crypto';
import {
  FeedbackErrorCode,
  questionSetDefinitionSchema,
  staffPulseAnswerInputSchema,
  staffPulseRoles,
  staffPulseStatusSchema,
  staffUnitSchema,
  type StaffUnit,
  type AnswerSheet,
  type QuestionSetDefinition,
} from '@asiointi/feedback-contract';
import {
  findPublishedQuestionSet,
  hasStaffPulseMarker,
  insertStaffPulseAnswer,
} from '@asiointi/feedback-data';
import { ApiError } from '@asiointi/platform-service';
import { helsinkiDateOf } from '@asiointi/platform-time';
import { z } from 'zod';
import { createRouter, staffProcedure, type FeedbackContext } from '../trpc';

const pulseStaff = staffProcedure(staffPulseRoles);

/** The Helsinki month (YYYY-MM) of the instant. */
const helsinkiMonthOf = (instant: Date) => helsinkiDateOf(instant).slice(0, 7);

export function staffPulseMarker(secret: string, subject: string, unitId: string, month: string): string {
  return createHmac('sha256', secret)
    .update(JSON.stringify(['staff-pulse', subject, unitId, month]))
    .digest('hex');
}

async function publishedPulse(ctx: FeedbackContext): Promise<QuestionSetDefinition | null> {
  const row = await findPublishedQuestionSet(ctx.db, 'staff-pulse');
  const parsed = questionSetDefinitionSchema.safeParse(row?.definition);
  return parsed.success && parsed.data.audience === 'staff' ? parsed.data : null;
}

/** The sheet's answers as rows, or undefined when they do not fit the set (unknown, repeated, wrong kind, too long). */
function rowsOf(sheet: AnswerSheet, set: QuestionSetDefinition) {
  const questions = new Map(set.questions.map((question) => [question.id, question]));
  if (new Set(sheet.answers.map((answer) => answer.questionId)).size !== sheet.answers.length)
    return undefined;
  let recommendation: number | null = null;
  let recommendationComment: string | null = null;
  const statements: { questionId: string; theme: string | null; value: number | null; cannotSay: boolean }[] =
    [];
  const freeTexts: { questionId: string; text: string }[] = [];
  for (const answer of sheet.answers) {
    const question = questions.get(answer.questionId);
    if (!question || question.kind !== answer.kind) return undefined;
    if (answer.kind === 'recommendation') {
      recommendation = answer.value;
      recommendationComment = answer.comment?.trim() ? answer.comment : null;
    } else if (answer.kind === 'statement') {
      const theme = question.kind === 'statement' ? (question.theme ?? null) : null;
      statements.push({
        questionId: answer.questionId,
        theme,
        value: answer.value === 'cannotSay' ? null : answer.value,
        cannotSay: answer.value === 'cannotSay',
      });
    } else {
      if (question.kind !== 'freeText' || answer.text.length > question.maxLength) return undefined;
      if (answer.text.trim()) freeTexts.push({ questionId: answer.questionId, text: answer.text });
    }
  }
  return { recommendation, recommendationComment, statements, freeTexts };
}

export const staffPulseRouter = createRouter({
  /** The units where the caller is staff (any role), by name: the pulse is answered for one of them. */
  myUnits: pulseStaff.output(z.array(staffUnitSchema)).query(async ({ ctx }) => {
    const units: StaffUnit[] = [];
    for (const id of new Set(ctx.staffRoles.map(({ unitId }) => unitId))) {
      const name = await ctx.units.nameOf(id);
      if (name) units.push({ id, name });
    }
    const collator = new Intl.Collator(ctx.language);
    return units.sort((a, b) => collator.compare(a.name[ctx.language], b.name[ctx.language]));
  }),

  /** Whether the caller has answered the unit's pulse this month, and the set to answer. */
  status: pulseStaff
    .input(z.object({ unitId: z.uuid() }).strict())
    .output(staffPulseStatusSchema)
    .query(async ({ ctx, input }) => {
      await ctx.requireUnit(input.unitId);
      const month = helsinkiMonthOf(ctx.now());
      const marker = staffPulseMarker(ctx.pulseMarkerSecret, ctx.staff.subject, input.unitId, month);
      return {
        unitId: input.unitId,
        month,
        answeredThisMonth: await hasStaffPulseMarker(ctx.db, marker),
        questionSet: await publishedPulse(ctx),
      };
    }),

  /** Saves this month's answer; a second one in the same month is refused and writes nothing. */
  answer: pulseStaff
    .input(staffPulseAnswerInputSchema)
    .output(z.object({ saved: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.requireUnit(input.unitId);
      const set = await publishedPulse(ctx);
      if (!set) throw new ApiError('NOT_FOUND', FeedbackErrorCode.STAFF_PULSE_NOT_PUBLISHED);
      const rows =
        input.sheet.setKey === 'staff-pulse' && input.sheet.setVersion === set.version
          ? rowsOf(input.sheet, set)
          : undefined;
      if (!rows) throw new ApiError('BAD_REQUEST', FeedbackErrorCode.STAFF_PULSE_ANSWERS_DO_NOT_FIT);
      const month = helsinkiMonthOf(ctx.now());
      const outcome = await insertStaffPulseAnswer(
        ctx.db,
        {
          marker: staffPulseMarker(ctx.pulseMarkerSecret, ctx.staff.subject, input.unitId, month),
          unitId: input.unitId,
          setVersion: set.version,
          month: `${month}-01`,
          ...rows,
        },
        ctx.suppressionThreshold,
      );
      if (outcome === 'alreadyAnswered')
        throw new ApiError('CONFLICT', FeedbackErrorCode.STAFF_PULSE_ALREADY_ANSWERED);
      return { saved: true as const };
    }),
});
