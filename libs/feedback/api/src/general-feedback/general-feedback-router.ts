// General feedback at any time: the units to choose from, sending (signed in or not) and, when signed in,
// the resident's own feedback with its replies (an audited read).
import { randomUUID } from 'node:crypto';
import {
  FeedbackErrorCode,
  feedbackUnitOptionSchema,
  generalFeedbackReceiptSchema,
  myGeneralFeedbackSchema,
  submitGeneralFeedbackInputSchema,
  type FeedbackUnitOption,
  type GeneralFeedbackKind,
  type GeneralFeedbackStatus,
  type MyGeneralFeedback,
} from '@asiointi/feedback-contract';
import {
  insertGeneralFeedback,
  listGeneralFeedbackEvents,
  listGeneralFeedbackOf,
} from '@asiointi/feedback-data';
import { replyDueOn } from '@asiointi/feedback-domain';
import { ApiError, residentAuditActor } from '@asiointi/platform-service';
import { z } from 'zod';
import { feedbackAuditSpecs, feedbackAuditTrail } from '../audit-trail';
import { createRouter, publicProcedure, residentProcedure } from '../trpc';

const { generalFeedbackSubmit, generalFeedbackReadOwn } = feedbackAuditSpecs;

export const generalFeedbackRouter = createRouter({
  /** The units of the region's unit directory, by name in the caller's language, to choose from. */
  units: publicProcedure.output(z.array(feedbackUnitOptionSchema)).query(async ({ ctx }) => {
    const units: FeedbackUnitOption[] = (await ctx.units.list()).map((unit) => ({ id: unit.id, name: unit.name }));
    const collator = new Intl.Collator(ctx.language);
    return units.sort((a, b) => collator.compare(a.name[ctx.language], b.name[ctx.language]));
  }),

  /**
   * Anyone sends praise, a complaint or a suggestion about a unit. A signed-in resident's feedback is
   * theirs (shown on their own page, its creation audited); a reply, when asked for, is due in 14 days.
   */
  submit: publicProcedure
    .meta({ audit: generalFeedbackSubmit })
    .input(submitGeneralFeedbackInputSchema)
    .output(generalFeedbackReceiptSchema)
    .mutation(async ({ ctx, input }) => {
      const unitName = await ctx.units.nameOf(input.unitId);
      if (!unitName) throw new ApiError('NOT_FOUND', FeedbackErrorCode.UNIT_NOT_FOUND);
      const now = ctx.now();
      const id = randomUUID();
      const due = input.contact ? replyDueOn(now) : null;
      const sender = ctx.principal.kind === 'resident' ? ctx.principal : null;
      const row = {
        id,
        kind: input.kind,
        unitId: input.unitId,
        serviceName: input.serviceName ?? null,
        text: input.text,
        receivedAt: now,
        updatedAt: now,
        replyDueOn: due,
        senderSubject: sender?.subject ?? null,
        contactName: input.contact?.name ?? null,
        contactPhone: input.contact?.phone ?? null,
        contactEmail: input.contact?.email ?? null,
        contactLanguage: input.contact?.language ?? null,
      };
      if (sender) {
        const auditContext = {
          requestId: ctx.requestId,
          actor: residentAuditActor(sender, { subject: sender.subject, relation: 'self' }),
        };
        await feedbackAuditTrail.change(
          ctx.db,
          auditContext,
          { ...generalFeedbackSubmit, resourceId: id, subjectPerson: sender.subject },
          (tx) => insertGeneralFeedback(tx, row),
        );
      } else {
        // No one signed in: no person to name in the audit log; the contact details are the sender's own.
        await insertGeneralFeedback(ctx.db, row);
      }
      return { kind: input.kind, unitName, replyWanted: input.contact !== null, replyDueOn: due };
    }),

  /** The signed-in resident's own general feedback with the replies to it (never someone else's). */
  mine: residentProcedure
    .meta({ audit: generalFeedbackReadOwn })
    .output(z.array(myGeneralFeedbackSchema))
    .query(async ({ ctx }) => {
      const subject = ctx.subjectPerson.subject;
      const { rows, replies } = await feedbackAuditTrail.read(
        ctx.db,
        ctx.auditContext,
        { ...generalFeedbackReadOwn, subjectPerson: subject },
        async (tx) => {
          const rows = await listGeneralFeedbackOf(tx, subject);
          const replies = await listGeneralFeedbackEvents(
            tx,
            rows.map((row) => row.id),
            ['reply'],
          );
          return { rows, replies };
        },
      );
      const items: MyGeneralFeedback[] = [];
      for (const row of rows) {
        items.push({
          id: row.id,
          kind: row.kind as GeneralFeedbackKind,
          unitName: (await ctx.units.nameOf(row.unitId)) ?? null,
          serviceName: row.serviceName,
          text: row.text,
          receivedAt: row.receivedAt.toISOString(),
          status: row.status as GeneralFeedbackStatus,
          replies: replies
            .filter((reply) => reply.feedbackId === row.id && reply.text !== null)
            .map((reply) => ({ sentAt: reply.at.toISOString(), text: reply.text ?? '' })),
        });
      }
      return items;
    }),
});
