import { z } from 'zod';

/** Longest mobile number as typed (with spaces and brackets): the form's limit too. */
export const maxTypedReminderPhoneLength = 30;
/** Longest kept mobile number: "+" and 15 digits (ITU-T E.164). */
export const maxReminderPhoneLength = 16;
/** Longest e-mail address (RFC 5321's path limit). */
export const maxReminderEmailLength = 254;

/**
 * A mobile number for SMS reminders as a resident types it: spaces, hyphens, dots and brackets do not matter,
 * "00" stands for "+", and a number starting with 0 is Finnish (+358). Kept in international form
 * ("+358401234567"): a plus and 7–15 digits (ITU-T E.164).
 */
export const reminderPhoneSchema = z
  .string()
  .trim()
  .max(maxTypedReminderPhoneLength)
  .transform((typed) => {
    const compact = typed.replace(/[\s.()-]/g, '');
    if (compact.startsWith('00')) return `+${compact.slice(2)}`;
    if (compact.startsWith('0')) return `+358${compact.slice(1)}`;
    return compact;
  })
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/));

/** An e-mail address for reminders: at most 254 characters (RFC 5321's path limit). */
export const reminderEmailSchema = z.string().trim().max(maxReminderEmailLength).pipe(z.email());

/**
 * Where the signed-in resident's reminders go, entered and confirmed by them: reminders of what they book
 * for themself and for their children. null: none entered (no person register gives these).
 */
export const reminderContactSchema = z.object({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type ReminderContact = z.infer<typeof reminderContactSchema>;

/** The resident confirms that reminders may be sent to what they entered (null removes one). */
export const updateReminderContactInputSchema = z
  .object({
    phone: reminderPhoneSchema.nullable(),
    email: reminderEmailSchema.nullable(),
    confirmed: z.literal(true),
  })
  .strict();
export type UpdateReminderContactInput = z.input<typeof updateReminderContactInputSchema>;
