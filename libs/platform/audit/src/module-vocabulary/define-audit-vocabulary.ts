// A module's own words for its audit log: the resource types and purposes its rows carry, in fi/sv/en.
// The module defines them once, next to its audit specs; its audit router hands the words to the
// resident's "who has handled my data" page with the events, so a new module's rows read as words
// without a change to the shell.
import { type LocalizedText, localizedTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import type { AuditAction } from '../audit-vocabulary';
import { platformAuditTerms } from './platform-audit-terms';

/** A resource type or purpose as stored in the log: lower-case words joined by hyphens. */
export const auditCodeSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** What a module's rows may say, and how each code reads to residents. */
export interface AuditVocabulary<TResource extends string = string, TPurpose extends string = string> {
  /**
   * A kind of record, e.g. `booking`. Worded to follow "Viewed data: …", in lower case: "appointment
   * bookings", "ajanvaraukset", "tidsbokningar".
   */
  readonly resources: Readonly<Record<TResource, LocalizedText>>;
  /** Why, e.g. `care-delivery`, as a sentence: "Providing care at the appointment". */
  readonly purposes: Readonly<Record<TPurpose, LocalizedText>>;
}

export type AuditResourceOf<TVocabulary extends AuditVocabulary> = Extract<
  keyof TVocabulary['resources'],
  string
>;
export type AuditPurposeOf<TVocabulary extends AuditVocabulary> = Extract<keyof TVocabulary['purposes'], string>;

/** What a procedure logs, in the words of the module's vocabulary only. */
export interface AuditSpecOf<TVocabulary extends AuditVocabulary> {
  action: AuditAction;
  resourceType: AuditResourceOf<TVocabulary>;
  purpose: AuditPurposeOf<TVocabulary>;
}

export class AuditVocabularyError extends Error {
  override readonly name = 'AuditVocabularyError';
}

function checkedTerms(
  kind: 'resources' | 'purposes',
  terms: Record<string, LocalizedText>,
): Record<string, LocalizedText> {
  const problems: string[] = [];
  const checked: Record<string, LocalizedText> = {};
  for (const [code, text] of Object.entries(terms)) {
    if (!auditCodeSchema.safeParse(code).success) problems.push(`${kind}.${code}: not a code`);
    else if (Object.hasOwn(platformAuditTerms[kind], code))
      problems.push(`${kind}.${code}: the platform's own term`);
    const parsed = localizedTextSchema.safeParse(text);
    if (!parsed.success) problems.push(`${kind}.${code}: needs a text in fi, sv and en`);
    else checked[code] = Object.freeze(parsed.data);
  }
  if (problems.length > 0) throw new AuditVocabularyError(`Invalid audit vocabulary: ${problems.join('; ')}`);
  return Object.freeze(checked);
}

/**
 * A module's vocabulary, checked when the module loads: codes are lower-case words joined by hyphens,
 * every text exists in fi, sv and en, and the platform's own terms (`audit-trail`,
 * `data-subject-access`) are not redefined.
 */
export function defineAuditVocabulary<const TResource extends string, const TPurpose extends string>(terms: {
  resources: Record<TResource, LocalizedText>;
  purposes: Record<TPurpose, LocalizedText>;
}): AuditVocabulary<TResource, TPurpose> {
  return Object.freeze({
    resources: checkedTerms('resources', terms.resources),
    purposes: checkedTerms('purposes', terms.purposes),
  }) as AuditVocabulary<TResource, TPurpose>;
}

/**
 * A module's audit specs (the `.meta({ audit })` of its procedures), typed by its vocabulary: a resource
 * type or purpose the vocabulary has no words for does not compile.
 */
export function defineAuditSpecs<
  TVocabulary extends AuditVocabulary,
  const TSpecs extends Record<string, AuditSpecOf<TVocabulary>>,
>(_vocabulary: TVocabulary, specs: TSpecs): TSpecs {
  return specs;
}
