// The staff inbox of general feedback (feedback analysts and managers, in their own units): the list with
// filters, one item with its history (an audited read when it carries a person's data), and its handling:
// status, routing, assignment, internal notes and replies. Each change and its audit row are one
// transaction, with the row locked so that two handlers cannot both move it.
import { randomUUID } from 'node:crypto';
import {
  addInboxNoteInputSchema,
  FeedbackErrorCode,
  feedbackStaffRoles,
  inboxFilterSchema,
  inboxItemRefSchema,
  inboxItemSchema,
  inboxItemSummarySchema,
  replyInboxItemInputSchema,
  routeInboxItemInputSchema,
  setInboxStatusInputSchema,
  type GeneralFeedbackStatus,
  type InboxItem,
  type InboxItemSummary,
} from '@asiointi/feedback-contract';
import {
  findGeneralFeedback,
  insertGeneralFeedbackEvent,
  listGeneralFeedbackEvents,
  listInbox,
  lockGeneralFeedback,
  updateGeneralFeedback,
  type FeedbackDb,
  type GeneralFeedbackRow,
  type NewGeneralFeedbackEvent,
} from '@asiointi/feedback-data';
import { canClose, canMoveTo, canReply } from '@asiointi/feedback-domain';
import type { AuditContext } from '@asiointi/platform-audit';
import { ApiError } from '@asiointi/platform-service';
import { helsinkiDateOf } from '@asiointi/platform-time';
import { z } from 'zod';
import { feedbackAuditSpecs, feedbackAuditTrail } from '../audit-trail';
import { createRouter, staffProcedure, type FeedbackContext } from '../trpc';
import { replyAddressOf, scheduleFeedbackReply } from './feedback-reply-notification';
import { replyWantedOf, toInboxItem, toInboxSummary, unitNameOf } from './inbox-item';

const { inboxRead, inboxChange } = feedbackAuditSpecs;

type StaffContext = FeedbackContext & {
  staff: { subject: string; name: { given: string; family: string } };
  requireUnit(unitId: string, refusal?: { subjectPerson: string }): Promise<{ auditContext: AuditContext }>;
};

const notFound = () => new ApiError('NOT_FOUND', FeedbackErrorCode.FEEDBACK_NOT_FOUND);

/** The item, once the caller is found to hold a role in its unit (a refusal is logged on the sender's trail). */
async function itemForStaff(ctx: StaffContext, id: string) {
  const row = await findGeneralFeedback(ctx.db, id);
  if (!row) throw notFound();
  const access = await ctx.requireUnit(
    row.unitId,
    row.senderSubject ? { subjectPerson: row.senderSubject } : undefined,
  );
  return { row, auditContext: access.auditContext };
}

function viewOf(ctx: StaffContext) {
  return { units: ctx.units, viewerSubject: ctx.staff.subject, today: helsinkiDateOf(ctx.now()) };
}

/** The item as it is now; `checkedUnitId`: refused unless still in the unit the caller's access was checked for. */
async function readItem(
  ctx: StaffContext,
  tx: FeedbackDb,
  id: string,
  checkedUnitId: string,
): Promise<InboxItem> {
  const row = await findGeneralFeedback(tx, id);
  if (!row || row.unitId !== checkedUnitId) throw notFound();
  return toInboxItem(row, await listGeneralFeedbackEvents(tx, [id]), viewOf(ctx));
}

/**
 * A change of the item under its lock, with its audit row and a history event, in one transaction; answers
 * the item as it then is.
 */
async function changeItem(
  ctx: StaffContext,
  id: string,
  change: (
    tx: FeedbackDb,
    row: GeneralFeedbackRow,
    event: Pick<NewGeneralFeedbackEvent, 'feedbackId' | 'at' | 'actorSubject' | 'actorName'>,
  ) => Promise<void>,
): Promise<InboxItem> {
  const { row, auditContext } = await itemForStaff(ctx, id);
  const now = ctx.now();
  return feedbackAuditTrail.change(
    ctx.db,
    auditContext,
    { ...inboxChange, resourceId: id, subjectPerson: row.senderSubject },
    async (tx) => {
      const locked = await lockGeneralFeedback(tx, id);
      // Routed away meanwhile: no longer the caller's to change.
      if (!locked || locked.unitId !== row.unitId) throw notFound();
      await change(tx, locked, {
        feedbackId: id,
        at: now,
        actorSubject: ctx.staff.subject,
        actorName: `${ctx.staff.name.given} ${ctx.staff.name.family}`,
      });
      return readItem(ctx, tx, id, row.unitId);
    },
  );
}

export const inboxRouter = createRouter({
  /** The caller's units' items, newest first; filters by kind, status, unit and overdue. No text, no contact. */
  list: staffProcedure(feedbackStaffRoles)
    .meta({ audit: inboxRead })
    .input(inboxFilterSchema)
    .output(z.array(inboxItemSummarySchema))
    .query(async ({ ctx, input }) => {
      if (input.unitId) await ctx.requireUnit(input.unitId);
      const unitIds = input.unitId ? [input.unitId] : [...new Set(ctx.staffRoles.map(({ unitId }) => unitId))];
      const today = helsinkiDateOf(ctx.now());
      const rows = await listInbox(ctx.db, {
        unitIds,
        kind: input.kind,
        status: input.status,
        overdueBefore: input.overdueOnly ? today : undefined,
      });
      const view = viewOf(ctx);
      const items: InboxItemSummary[] = [];
      for (const row of rows) items.push(await toInboxSummary(row, view));
      return items;
    }),

  /**
   * One item with its text, contact details and history. Every read is audited (subjectPerson null when no
   * sender is known), and the item's unit is checked again inside the read's transaction.
   */
  get: staffProcedure(feedbackStaffRoles)
    .meta({ audit: inboxRead })
    .input(inboxItemRefSchema)
    .output(inboxItemSchema)
    .query(async ({ ctx, input }) => {
      const { row, auditContext } = await itemForStaff(ctx, input.id);
      return feedbackAuditTrail.read(
        ctx.db,
        auditContext,
        { ...inboxRead, resourceId: input.id, subjectPerson: row.senderSubject },
        (tx) => readItem(ctx, tx, input.id, row.unitId),
      );
    }),

  /**
   * Moves the item along the workflow (new, in progress, closed; only a sent reply makes it answered); other
   * moves are refused, and so is closing an item whose sender wants a reply before one is sent.
   */
  setStatus: staffProcedure(feedbackStaffRoles)
    .meta({ audit: inboxChange })
    .input(setInboxStatusInputSchema)
    .output(inboxItemSchema)
    .mutation(({ ctx, input }) =>
      changeItem(ctx, input.id, async (tx, row, event) => {
        if (!canMoveTo(row.status as GeneralFeedbackStatus, input.status))
          throw new ApiError('CONFLICT', FeedbackErrorCode.INVALID_STATUS_TRANSITION);
        if (input.status === 'closed') {
          const replies = await listGeneralFeedbackEvents(tx, [row.id], ['reply']);
          if (!canClose({ replyWanted: replyWantedOf(row), replied: replies.length > 0 }))
            throw new ApiError('CONFLICT', FeedbackErrorCode.REPLY_PENDING);
        }
        await updateGeneralFeedback(tx, row.id, { status: input.status, updatedAt: event.at });
        await insertGeneralFeedbackEvent(tx, { ...event, kind: 'status', status: input.status });
      }),
    ),

  /** The caller takes the item on (an item still new moves to in progress). */
  assignToSelf: staffProcedure(feedbackStaffRoles)
    .meta({ audit: inboxChange })
    .input(inboxItemRefSchema)
    .output(inboxItemSchema)
    .mutation(({ ctx, input }) =>
      changeItem(ctx, input.id, async (tx, row, event) => {
        if (row.status === 'closed') throw new ApiError('CONFLICT', FeedbackErrorCode.FEEDBACK_CLOSED);
        const status = row.status === 'new' ? 'inProgress' : row.status;
        await updateGeneralFeedback(tx, row.id, {
          status,
          assigneeSubject: event.actorSubject,
          assigneeName: event.actorName,
          updatedAt: event.at,
        });
        await insertGeneralFeedbackEvent(tx, { ...event, kind: 'assigned' });
      }),
    ),

  /** An internal note, seen by staff only. */
  addNote: staffProcedure(feedbackStaffRoles)
    .meta({ audit: inboxChange })
    .input(addInboxNoteInputSchema)
    .output(inboxItemSchema)
    .mutation(({ ctx, input }) =>
      changeItem(ctx, input.id, async (tx, row, event) => {
        await updateGeneralFeedback(tx, row.id, { updatedAt: event.at });
        await insertGeneralFeedbackEvent(tx, { ...event, kind: 'note', text: input.text });
      }),
    ),

  /**
   * A reply: to the contact address through the notification outbox, and on the signed-in sender's own
   * page. The item becomes answered.
   */
  reply: staffProcedure(feedbackStaffRoles)
    .meta({ audit: inboxChange })
    .input(replyInboxItemInputSchema)
    .output(inboxItemSchema)
    .mutation(({ ctx, input }) =>
      changeItem(ctx, input.id, async (tx, row, event) => {
        if (!canReply(row.status as GeneralFeedbackStatus))
          throw new ApiError('CONFLICT', FeedbackErrorCode.FEEDBACK_CLOSED);
        const to = replyAddressOf(row);
        if (!to && row.senderSubject === null)
          throw new ApiError('PRECONDITION_FAILED', FeedbackErrorCode.NO_REPLY_ADDRESS);
        const replyId = randomUUID();
        await insertGeneralFeedbackEvent(tx, {
          ...event,
          id: replyId,
          kind: 'reply',
          text: input.text,
          channel: to?.channel ?? null,
        });
        await updateGeneralFeedback(tx, row.id, { status: 'answered', updatedAt: event.at });
        if (to) {
          const unitName = await unitNameOf(ctx.units, row.unitId);
          await scheduleFeedbackReply(tx, {
            replyId,
            feedbackId: row.id,
            to,
            unitNameInLanguage: unitName[to.language],
            now: event.at,
          });
        }
      }),
    ),

  /** Sends the item to another unit of the directory; it leaves the caller's inbox unless they work there. */
  route: staffProcedure(feedbackStaffRoles)
    .meta({ audit: inboxChange })
    .input(routeInboxItemInputSchema)
    .output(z.object({ unitName: inboxItemSummarySchema.shape.unitName }))
    .mutation(async ({ ctx, input }) => {
      const unitName = await ctx.units.nameOf(input.unitId);
      if (!unitName) throw new ApiError('NOT_FOUND', FeedbackErrorCode.UNIT_NOT_FOUND);
      const { row, auditContext } = await itemForStaff(ctx, input.id);
      if (row.unitId === input.unitId) throw new ApiError('CONFLICT', FeedbackErrorCode.ALREADY_IN_UNIT);
      const now = ctx.now();
      await feedbackAuditTrail.change(
        ctx.db,
        auditContext,
        { ...inboxChange, resourceId: input.id, subjectPerson: row.senderSubject },
        async (tx) => {
          const locked = await lockGeneralFeedback(tx, input.id);
          if (!locked || locked.unitId !== row.unitId) throw notFound();
          await updateGeneralFeedback(tx, input.id, {
            unitId: input.unitId,
            assigneeSubject: null,
            assigneeName: null,
            updatedAt: now,
          });
          await insertGeneralFeedbackEvent(tx, {
            feedbackId: input.id,
            at: now,
            actorSubject: ctx.staff.subject,
            actorName: `${ctx.staff.name.given} ${ctx.staff.name.family}`,
            kind: 'routed',
            unitId: input.unitId,
          });
        },
      );
      return { unitName };
    }),
});
