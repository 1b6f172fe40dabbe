// Where the signed-in resident's reminders go: always their own number and address, also while they act
// for a child (a child's reminders go to the guardian who booked). No register gives these, so the resident
// enters and confirms them; reads and changes go to the resident's own trail.
import { reminderContactSchema, updateReminderContactInputSchema } from '@asiointi/booking-contract';
import { findResidentPreferences, saveReminderContact } from '@asiointi/booking-data';
import { ownAccess } from '../access-as';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { toReminderContact } from '../to-contract';
import { createRouter, residentProcedure } from '../trpc';

const { reminderContactRead, reminderContactUpdate } = bookingAuditSpecs;

export const reminderContactRouter = createRouter({
  /** The resident's own phone number and e-mail address for reminders; an audited read. */
  get: residentProcedure
    .meta({ audit: reminderContactRead })
    .output(reminderContactSchema)
    .query(({ ctx }) => {
      const subject = ctx.resident.subject;
      return bookingAuditTrail.read(
        ctx.db,
        ownAccess(ctx).auditContext,
        { ...reminderContactRead, subjectPerson: subject },
        async (tx) => toReminderContact(await findResidentPreferences(tx, subject)),
      );
    }),

  /** Stores what the resident entered and confirmed; the change and its audit row commit together. */
  update: residentProcedure
    .meta({ audit: reminderContactUpdate })
    .input(updateReminderContactInputSchema)
    .output(reminderContactSchema)
    .mutation(({ ctx, input }) => {
      const subject = ctx.resident.subject;
      return bookingAuditTrail.change(
        ctx.db,
        ownAccess(ctx).auditContext,
        { ...reminderContactUpdate, subjectPerson: subject },
        async (tx) =>
          toReminderContact(
            await saveReminderContact(tx, {
              subject,
              reminderPhone: input.phone,
              reminderEmail: input.email,
              updatedBySubject: subject,
            }),
          ),
      );
    }),
});
