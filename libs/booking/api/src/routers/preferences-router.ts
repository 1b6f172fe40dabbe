import { residentPreferencesSchema, updateResidentPreferencesInputSchema } from '@asiointi/booking-contract';
import { findResidentPreferences, saveResidentPreferences } from '@asiointi/booking-data';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { toResidentPreferences } from '../to-contract';
import { createRouter, residentProcedure } from '../trpc';

const { preferencesRead, preferencesUpdate } = bookingAuditSpecs;

export const preferencesRouter = createRouter({
  /** The subject person's preferences (defaults when none are stored); an audited read. */
  get: residentProcedure
    .meta({ audit: preferencesRead })
    .output(residentPreferencesSchema)
    .query(({ ctx }) => {
      const subject = ctx.subjectPerson.subject;
      return bookingAuditTrail.read(
        ctx.db,
        ctx.auditContext,
        { ...preferencesRead, subjectPerson: subject },
        async (tx) => toResidentPreferences(await findResidentPreferences(tx, subject)),
      );
    }),

  /** Stores the subject person's preferences; the change and its audit row commit together. */
  update: residentProcedure
    .meta({ audit: preferencesUpdate })
    .input(updateResidentPreferencesInputSchema)
    .output(residentPreferencesSchema)
    .mutation(({ ctx, input }) => {
      const subject = ctx.subjectPerson.subject;
      return bookingAuditTrail.change(
        ctx.db,
        ctx.auditContext,
        { ...preferencesUpdate, subjectPerson: subject },
        async (tx) =>
          toResidentPreferences(
            await saveResidentPreferences(tx, { subject, ...input, updatedBySubject: ctx.resident.subject }),
          ),
      );
    }),
});
