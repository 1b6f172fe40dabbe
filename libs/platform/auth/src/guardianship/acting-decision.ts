import { z } from 'zod';

export const ACTING_BASES = ['GUARDIAN_OF_CHILD_UNDER_12', 'GUARDIAN_WITH_MINOR_CONSENT', 'VALID_MANDATE'] as const;

export const ACTING_REFUSALS = [
  /** No guardianship or mandate links the two people. */
  'NO_RELATION',
  /** Actor and subject are the same person: that is acting for oneself, not on behalf. */
  'SAME_PERSON',
  /** The subject has a non-disclosure marking (turvakielto). */
  'NON_DISCLOSURE_MARKING',
  /** A minor aged 12–17 has not allowed this guardian this scope. */
  'MINOR_HAS_NOT_ALLOWED',
  /** Guardianship ends at 18; an adult needs to give a mandate. */
  'SUBJECT_IS_ADULT',
  /** A mandate is for adults; a child is represented by their guardians. */
  'SUBJECT_IS_MINOR',
  'NO_MANDATE',
  'MANDATE_NOT_YET_VALID',
  'MANDATE_EXPIRED',
  'MANDATE_DOES_NOT_COVER_SCOPE',
  /** The facts do not make sense (an unreadable or future birth date, a broken mandate window). */
  'INVALID_FACTS',
] as const;

export const actingBasisSchema = z.enum(ACTING_BASES);
export const actingRefusalSchema = z.enum(ACTING_REFUSALS);
export type ActingBasis = z.infer<typeof actingBasisSchema>;
export type ActingRefusal = z.infer<typeof actingRefusalSchema>;

export const actingDecisionSchema = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true), basis: actingBasisSchema }),
  z.object({ allowed: z.literal(false), reason: actingRefusalSchema }),
]);
export type ActingDecision = z.infer<typeof actingDecisionSchema>;

export const actingAllowed = (basis: ActingBasis): ActingDecision => ({ allowed: true, basis });
export const actingRefused = (reason: ActingRefusal): ActingDecision => ({ allowed: false, reason });
