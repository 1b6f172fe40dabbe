import { z } from 'zod';

/** How a resident wants appointment reminders (the day before): by SMS, by e-mail, or not at all. */
export const reminderChannelSchema = z.enum(['sms', 'email', 'none']);
export type ReminderChannel = z.infer<typeof reminderChannelSchema>;

/** The language a resident wants to be served in at appointments. */
export const serviceLanguageSchema = z.enum(['fi', 'sv', 'en']);
export type ServiceLanguage = z.infer<typeof serviceLanguageSchema>;

/** A resident's booking preferences; the defaults when nothing is stored (then updatedAt is null). */
export const residentPreferencesSchema = z.object({
  reminderChannel: reminderChannelSchema,
  /** null: no preference (the language of the portal is used). */
  serviceLanguage: serviceLanguageSchema.nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type ResidentPreferences = z.infer<typeof residentPreferencesSchema>;

export const updateResidentPreferencesInputSchema = z
  .object({
    reminderChannel: reminderChannelSchema,
    serviceLanguage: serviceLanguageSchema.nullable(),
  })
  .strict();
export type UpdateResidentPreferencesInput = z.infer<typeof updateResidentPreferencesInputSchema>;

/** What a resident has before choosing anything: reminders by SMS, the portal's language. */
export const defaultResidentPreferences: Omit<ResidentPreferences, 'updatedAt'> = {
  reminderChannel: 'sms',
  serviceLanguage: null,
};
