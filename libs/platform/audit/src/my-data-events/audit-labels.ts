// The words for the codes on one page of "who has handled my data", from the service's vocabulary and the
// platform's own terms, so that the page reads the same in every language without knowing the module.
import { type LocalizedText, localizedTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import type { AuditVocabulary } from '../module-vocabulary/define-audit-vocabulary';
import { platformAuditTerms } from '../module-vocabulary/platform-audit-terms';

export const auditLabelsSchema = z.object({
  resources: z.record(z.string().max(80), localizedTextSchema),
  purposes: z.record(z.string().max(80), localizedTextSchema),
});
export type AuditLabels = z.infer<typeof auditLabelsSchema>;

/** The module's words with the platform's own terms (which a module cannot redefine). */
export function withPlatformTerms(vocabulary: AuditVocabulary): AuditVocabulary {
  return {
    resources: { ...vocabulary.resources, ...platformAuditTerms.resources },
    purposes: { ...vocabulary.purposes, ...platformAuditTerms.purposes },
  };
}

function pick(terms: Readonly<Record<string, LocalizedText>>, codes: Iterable<string>) {
  const picked: Record<string, LocalizedText> = {};
  // Own properties only: a code such as "constructor" is not a word of the vocabulary.
  for (const code of codes) if (Object.hasOwn(terms, code)) picked[code] = terms[code] as LocalizedText;
  return picked;
}

/** The words for every code on the page that the vocabulary has; a code without words is left out. */
export function labelsForEvents(
  vocabulary: AuditVocabulary,
  events: readonly { resource: string; purpose: string }[],
): AuditLabels {
  return {
    resources: pick(vocabulary.resources, new Set(events.map((event) => event.resource))),
    purposes: pick(vocabulary.purposes, new Set(events.map((event) => event.purpose))),
  };
}
