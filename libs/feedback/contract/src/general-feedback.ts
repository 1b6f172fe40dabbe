// General feedback a resident gives at any time (praise, complaint, suggestion), signed in or not, with an
// optional request for a reply; and what the resident sees of their own feedback when signed in.
import {
  freeTextSchema,
  localizedTextSchema,
  phoneNumberSchema,
  plainDateSchema,
  singleLineTextSchema,
} from '@asiointi/platform-contract';
import { z } from 'zod';

export const generalFeedbackKindSchema = z.enum(['praise', 'complaint', 'suggestion']);
export type GeneralFeedbackKind = z.infer<typeof generalFeedbackKindSchema>;

/** Where a general feedback item is in its handling. */
export const generalFeedbackStatusSchema = z.enum(['new', 'inProgress', 'answered', 'closed']);
export type GeneralFeedbackStatus = z.infer<typeof generalFeedbackStatusSchema>;

/** Longest feedback text a resident may write. */
export const maxGeneralFeedbackTextLength = 4000;
/** Longest reply or internal note a professional may write. */
export const maxReplyTextLength = 4000;
/** Longest name of a contact person or of a service named in feedback. */
export const maxContactNameLength = 200;
export const maxServiceNameLength = 200;
/** Calendar days within which a reply is due (counted in Europe/Helsinki). */
export const replyDueCalendarDays = 14;

export const replyLanguageSchema = z.enum(['fi', 'sv', 'en']);
export type ReplyLanguage = z.infer<typeof replyLanguageSchema>;

/** Where a reply goes: a name and a phone number or an e-mail address (or both), and the language. */
export const replyContactSchema = z
  .object({
    name: singleLineTextSchema(maxContactNameLength).min(1),
    phone: phoneNumberSchema.optional(),
    email: z.email().max(254).optional(),
    language: replyLanguageSchema,
  })
  .strict()
  .refine((contact) => contact.phone !== undefined || contact.email !== undefined, {
    message: 'A phone number or an e-mail address',
    path: ['email'],
  });
export type ReplyContact = z.infer<typeof replyContactSchema>;

export const submitGeneralFeedbackInputSchema = z
  .object({
    kind: generalFeedbackKindSchema,
    /** The unit, chosen by name from the unit directory. */
    unitId: z.uuid(),
    /** The service the feedback is about, as the resident names it. */
    serviceName: singleLineTextSchema(maxServiceNameLength).min(1).optional(),
    text: freeTextSchema(maxGeneralFeedbackTextLength).min(1),
    /** Null when no reply is wanted. */
    contact: replyContactSchema.nullable(),
  })
  .strict();
export type SubmitGeneralFeedbackInput = z.infer<typeof submitGeneralFeedbackInputSchema>;

/** What the receipt page shows. */
export const generalFeedbackReceiptSchema = z.object({
  kind: generalFeedbackKindSchema,
  unitName: localizedTextSchema,
  replyWanted: z.boolean(),
  /** The last Helsinki day a reply is due on; null when no reply was asked for. */
  replyDueOn: plainDateSchema.nullable(),
});
export type GeneralFeedbackReceipt = z.infer<typeof generalFeedbackReceiptSchema>;

export const sentReplySchema = z.object({ sentAt: z.iso.datetime({ offset: true }), text: z.string() });
export type SentReply = z.infer<typeof sentReplySchema>;

/** A signed-in resident's own general feedback with the replies to it. */
export const myGeneralFeedbackSchema = z.object({
  id: z.uuid(),
  kind: generalFeedbackKindSchema,
  unitName: localizedTextSchema.nullable(),
  serviceName: z.string().nullable(),
  text: z.string(),
  receivedAt: z.iso.datetime({ offset: true }),
  status: generalFeedbackStatusSchema,
  replies: z.array(sentReplySchema),
});
export type MyGeneralFeedback = z.infer<typeof myGeneralFeedbackSchema>;

/** The unit directory's units a resident may choose from, by name. */
export const feedbackUnitOptionSchema = z.object({ id: z.uuid(), name: localizedTextSchema });
export type FeedbackUnitOption = z.infer<typeof feedbackUnitOptionSchema>;
