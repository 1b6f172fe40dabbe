// The staff inbox of general feedback: listing with filters, one item with its handling history, and the
// handling itself (status, routing, assignment, internal notes, replies).
import { freeTextSchema, localizedTextSchema, plainDateSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import {
  generalFeedbackKindSchema,
  generalFeedbackStatusSchema,
  maxReplyTextLength,
  replyLanguageSchema,
} from './general-feedback';

/** The most items one inbox answer lists. */
export const maxInboxItems = 200;

export const inboxFilterSchema = z
  .object({
    kind: generalFeedbackKindSchema.optional(),
    status: generalFeedbackStatusSchema.optional(),
    unitId: z.uuid().optional(),
    overdueOnly: z.boolean().optional(),
  })
  .strict();
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

/** Who handles the item, as the inbox shows it: the caller, someone else by name, or nobody. */
export const assigneeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('nobody') }),
  z.object({ kind: z.literal('me') }),
  z.object({ kind: z.literal('other'), name: z.string() }),
]);
export type Assignee = z.infer<typeof assigneeSchema>;

export const inboxItemSummarySchema = z.object({
  id: z.uuid(),
  kind: generalFeedbackKindSchema,
  status: generalFeedbackStatusSchema,
  unitName: localizedTextSchema,
  receivedAt: z.iso.datetime({ offset: true }),
  replyWanted: z.boolean(),
  replyDueOn: plainDateSchema.nullable(),
  overdue: z.boolean(),
  assignee: assigneeSchema,
});
export type InboxItemSummary = z.infer<typeof inboxItemSummarySchema>;

export const inboxEventSchema = z.object({
  kind: z.enum(['note', 'reply', 'status', 'routed', 'assigned']),
  at: z.iso.datetime({ offset: true }),
  byName: z.string(),
  text: z.string().nullable(),
  status: generalFeedbackStatusSchema.nullable(),
  unitName: localizedTextSchema.nullable(),
  channel: z.enum(['sms', 'email']).nullable(),
});
export type InboxEvent = z.infer<typeof inboxEventSchema>;

export const inboxItemSchema = inboxItemSummarySchema.extend({
  serviceName: z.string().nullable(),
  text: z.string(),
  /** Whoever sent it was signed in (their replies also show on their own page). */
  fromSignedInResident: z.boolean(),
  contact: z
    .object({
      name: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      language: replyLanguageSchema,
    })
    .nullable(),
  /** The statuses the item may move to next. */
  nextStatuses: z.array(generalFeedbackStatusSchema),
  events: z.array(inboxEventSchema),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxItemRefSchema = z.object({ id: z.uuid() }).strict();

export const setInboxStatusInputSchema = z
  .object({ id: z.uuid(), status: generalFeedbackStatusSchema })
  .strict();
export type SetInboxStatusInput = z.infer<typeof setInboxStatusInputSchema>;

export const routeInboxItemInputSchema = z.object({ id: z.uuid(), unitId: z.uuid() }).strict();
export type RouteInboxItemInput = z.infer<typeof routeInboxItemInputSchema>;

export const addInboxNoteInputSchema = z
  .object({ id: z.uuid(), text: freeTextSchema(maxReplyTextLength).min(1) })
  .strict();
export type AddInboxNoteInput = z.infer<typeof addInboxNoteInputSchema>;

/** A reply to the contact address (SMS or e-mail, whichever was given: e-mail when both). */
export const replyInboxItemInputSchema = z
  .object({ id: z.uuid(), text: freeTextSchema(maxReplyTextLength).min(1) })
  .strict();
export type ReplyInboxItemInput = z.infer<typeof replyInboxItemInputSchema>;
