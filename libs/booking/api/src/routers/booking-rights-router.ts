import { randomUUID } from 'node:crypto';
import {
  bookingRightSchema,
  BookingErrorCode,
  grantBookingRightInputSchema,
  invitationCodesSchema,
  issueInvitationCodesInputSchema,
} from '@asiointi/booking-contract';
import {
  findServiceTypeOfUnitByCode,
  generateBookingRightCode,
  hashBookingRightCode,
  insertAssessedBookingRight,
  insertInvitationBookingRights,
  listUsableBookingRightsOfPerson,
  type BookingDb,
} from '@asiointi/booking-data';
import { helsinkiDateOf } from '@asiointi/platform-time';
import type { TransactionOf } from '@asiointi/platform-audit';
import { ApiError } from '@asiointi/platform-service';
import { z } from 'zod';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { toBookingRight } from '../staff-catalogue-to-contract';
import { createRouter, residentProcedure, staffProcedure } from '../trpc';
import { catalogueMaintainer, needAssessors } from './staff-roles';

const { bookingRightGrant, bookingRightsRead, invitationCodesIssue } = bookingAuditSpecs;

/** A right is for a service the unit gives: its code must be one of the unit's service types. */
async function serviceOfUnit(db: BookingDb, unitId: string, serviceCode: string) {
  const serviceType = await findServiceTypeOfUnitByCode(db, unitId, serviceCode);
  if (!serviceType) throw new ApiError('NOT_FOUND', BookingErrorCode.SERVICE_TYPE_NOT_FOUND);
  return serviceType;
}

/** Draws codes until `count` are stored (a hash already in use is skipped and redrawn). */
async function storeNewCodes(
  tx: TransactionOf<BookingDb>,
  terms: Parameters<typeof insertInvitationBookingRights>[1],
  count: number,
): Promise<string[]> {
  const codes: string[] = [];
  for (let round = 0; codes.length < count; round += 1) {
    if (round === 5) throw new Error('Could not draw unused invitation codes');
    const drawn = new Map<string, string>();
    while (drawn.size < count - codes.length) {
      const code = generateBookingRightCode();
      drawn.set(hashBookingRightCode(code), code);
    }
    const stored = await insertInvitationBookingRights(tx, terms, [...drawn.keys()]);
    for (const [hash, code] of drawn) if (stored.has(hash)) codes.push(code);
  }
  return codes;
}

export const bookingRightsRouter = createRouter({
  /**
   * A professional grants a right to one resident after assessing their need. The resident is found by
   * identity code in the person directory; only their subject is stored, the code goes nowhere else.
   */
  grant: staffProcedure(needAssessors)
    .meta({ audit: bookingRightGrant })
    .input(grantBookingRightInputSchema)
    .output(bookingRightSchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await ctx.requireUnit(input.unitId);
      const serviceType = await serviceOfUnit(ctx.db, input.unitId, input.serviceCode);
      if (!ctx.accessToken) throw new ApiError('UNAUTHORIZED', 'UNAUTHENTICATED');
      const person = await ctx.personDirectory.lookupByIdentityCode(input.identityCode, ctx.accessToken);
      if (!person) throw new ApiError('NOT_FOUND', BookingErrorCode.PERSON_NOT_FOUND);
      const id = randomUUID();
      const entry = { ...bookingRightGrant, resourceId: id, subjectPerson: person.subject };
      const row = await bookingAuditTrail.change(ctx.db, auditContext, entry, (tx) =>
        insertAssessedBookingRight(tx, {
          id,
          unitId: input.unitId,
          serviceCode: input.serviceCode,
          validFrom: input.validFrom,
          validUntil: input.validUntil,
          usesAllowed: input.usesAllowed,
          needAssessedAt: new Date(input.needAssessedAt),
          personSubject: person.subject,
          grantedBySubject: ctx.staff.subject,
        }),
      );
      return toBookingRight(row, serviceType);
    }),

  /** Codes for invitation letters, shown this once: only their hashes are stored. */
  issueInvitationCodes: staffProcedure(catalogueMaintainer)
    .meta({ audit: invitationCodesIssue })
    .input(issueInvitationCodesInputSchema)
    .output(invitationCodesSchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await ctx.requireUnit(input.unitId);
      await serviceOfUnit(ctx.db, input.unitId, input.serviceCode);
      const { count, ...terms } = input;
      // No person yet: a code binds to whoever first books with it.
      const entry = { ...invitationCodesIssue, subjectPerson: null };
      const codes = await bookingAuditTrail.change(ctx.db, auditContext, entry, (tx) =>
        storeNewCodes(tx, { ...terms, grantedBySubject: ctx.staff.subject }, count),
      );
      return { codes };
    }),

  /** The subject person's rights that can still be used (not expired, uses left); an audited read. */
  mine: residentProcedure
    .meta({ audit: bookingRightsRead })
    .output(z.array(bookingRightSchema))
    .query(({ ctx }) => {
      const subject = ctx.subjectPerson.subject;
      const today = helsinkiDateOf(ctx.now());
      return bookingAuditTrail.read(
        ctx.db,
        ctx.auditContext,
        { ...bookingRightsRead, subjectPerson: subject },
        async (tx) =>
          (await listUsableBookingRightsOfPerson(tx, { personSubject: subject, today })).map((row) =>
            toBookingRight(row.right, row.service),
          ),
      );
    }),
});
