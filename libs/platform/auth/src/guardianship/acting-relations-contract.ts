// The answer of a relations service (the dev identity provider's `GET /relations`; in production the
// region's mandate service behind the same shape): whom the signed-in resident may act for, the facts,
// and the decision of the rules for each scope. A subject with a non-disclosure marking is left out
// altogether, so the answer does not reveal that a marking exists.
import { z } from 'zod';
import { parseCalendarDate } from '@asiointi/platform-time';
import { actingDecisionSchema, actingRefused, type ActingDecision } from './acting-decision';
import { actingScopeSchema, type ActingScope } from './acting-scopes';

export const calendarDateSchema = z
  .string()
  .refine((value) => parseCalendarDate(value) !== undefined, { message: 'Expected a YYYY-MM-DD date' });

export const mandateSchema = z.object({
  scopes: z.array(actingScopeSchema),
  validFrom: calendarDateSchema,
  validUntil: calendarDateSchema.nullable(),
});

export const actingRelationViewSchema = z.object({
  subject: z.string().min(1),
  relation: z.enum(['guardian-of', 'mandate-holder-for']),
  name: z.object({ given: z.string().min(1), family: z.string().min(1) }),
  birthDate: calendarDateSchema,
  /** guardian-of a 12–17-year-old: what the minor has allowed; null when nothing. */
  minorConsent: z.object({ scopes: z.array(actingScopeSchema) }).nullable(),
  /** mandate-holder-for: the stored mandate; null when none. */
  mandate: mandateSchema.nullable(),
  // Keyed by scope: the relations service decides every scope it knows, perhaps more than this build.
  decisions: z.record(actingScopeSchema, actingDecisionSchema),
});
export type ActingRelationView = z.infer<typeof actingRelationViewSchema>;

export const actingRelationsResponseSchema = z.object({
  actor: z.string().min(1),
  evaluatedAt: z.iso.datetime(),
  relations: z.array(actingRelationViewSchema),
});
export type ActingRelationsResponse = z.infer<typeof actingRelationsResponseSchema>;

/** The decision for one subject and scope from a relations answer; no relation listed means no. */
export function decisionFor(response: ActingRelationsResponse, subject: string, scope: ActingScope): ActingDecision {
  const relation = response.relations.find((candidate) => candidate.subject === subject);
  return relation?.decisions[scope] ?? actingRefused('NO_RELATION');
}
