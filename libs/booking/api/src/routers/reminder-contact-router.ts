// Where the signed-in resident's reminders go: always their own number and address, also while they act
// for a child (a child's reminders go to the guardian who booked). No register gives these, so the resident
// enters and confirms them; reads and changes go to the resident's own trail.
import { reminderContactSchema, updateReminderContactInputSchema } from '@asiointi/booking-contract';
import { findResidentPreferences, saveReminderContact } from '@asiointi/booking-data';
import { residentAuditActor, type ResidentAccess } from '@asiointi/platform-service';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { toReminderContact } from '../to-contract';
import { createRouter, residentProcedure } from '../trpc';

const { reminderContactRead, reminderContactUpdate } = bookingAuditSpecs;

/** The audit context of the resident acting for themself, whoever X-Acting-For names. */
function ownAuditContext(ctx: ResidentAccess) {
  const self = { subject: ctx.resident.subject, relation: 'self' as const };
  return { ...ctx.auditContext, actor: residentAuditActor(ctx.resident, self) };
}

export const reminderContactRouter = createRouter({
  /** The resident's own phone number and e-mail address for reminders; an audited read. */
  get: residentProcedure
    .meta({ audit: reminderContactRead })
    .output(reminderContactSchema)
    .query(({ ctx }) => {
      const subject = ctx.resident.subject;
      return bookingAuditTrail.read(
        ctx.db,
        ownAuditContext(ctx),
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
        ownAuditContext(ctx),
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
