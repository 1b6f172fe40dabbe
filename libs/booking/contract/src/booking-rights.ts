import { instantSchema, singleLineTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { serviceCodeSchema } from './service-types';
import { unitIdSchema } from './units';
import { plainDateSchema } from './wall-clock';

/** Where a right comes from: an invitation letter's code, or a professional's need assessment. */
export const bookingRightSourceSchema = z.enum(['invitation', 'assessment']);

/** A right to book a service that needs one, valid on Helsinki days validFrom–validUntil. */
export const bookingRightSchema = z.object({
  id: z.uuid(),
  source: bookingRightSourceSchema,
  serviceCode: serviceCodeSchema,
  serviceName: localizedTextSchema.nullable(),
  validFrom: plainDateSchema,
  validUntil: plainDateSchema,
  usesAllowed: z.number().int().positive(),
  usesLeft: z.number().int().min(0),
});
export type BookingRight = z.infer<typeof bookingRightSchema>;

const validityRefinement = {
  check: (right: { validFrom: string; validUntil: string }) => right.validUntil >= right.validFrom,
  message: { message: 'The right ends on or after it starts', path: ['validUntil'] },
};

/** A professional grants a right to one resident after a need assessment. */
export const grantBookingRightInputSchema = z
  .object({
    unitId: unitIdSchema,
    /** The resident, found by identity code (never stored or logged here: the subject is). */
    identityCode: singleLineTextSchema(11).min(11),
    serviceCode: serviceCodeSchema,
    validFrom: plainDateSchema,
    validUntil: plainDateSchema,
    usesAllowed: z.number().int().min(1).max(50),
    /** When the need was assessed: the care-guarantee clock starts here. */
    needAssessedAt: instantSchema,
  })
  .strict()
  .refine(validityRefinement.check, validityRefinement.message);
export type GrantBookingRightInput = z.infer<typeof grantBookingRightInputSchema>;

/** A unit prints invitation letters: codes are shown once and stored only as hashes. */
export const issueInvitationCodesInputSchema = z
  .object({
    unitId: unitIdSchema,
    serviceCode: serviceCodeSchema,
    validFrom: plainDateSchema,
    validUntil: plainDateSchema,
    usesAllowed: z.number().int().min(1).max(10),
    count: z.number().int().min(1).max(1000),
  })
  .strict()
  .refine(validityRefinement.check, validityRefinement.message);
export type IssueInvitationCodesInput = z.infer<typeof issueInvitationCodesInputSchema>;

export const invitationCodesSchema = z.object({ codes: z.array(z.string()) });
