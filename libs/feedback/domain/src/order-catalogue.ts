// The order residents read the catalogue in: by unit, then by entry, alphabetically in their own language
// (Finnish and Swedish sort å, ä and ö after z, each in its own way).
import type { CatalogueEntry } from '@asiointi/feedback-contract';
import type { PortalLanguage } from '@asiointi/platform-contract';

export function orderCatalogue(
  entries: readonly CatalogueEntry[],
  language: PortalLanguage,
): CatalogueEntry[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...entries].sort(
    (a, b) =>
      collator.compare(a.unitName[language], b.unitName[language]) ||
      collator.compare(a.name[language], b.name[language]) ||
      a.id.localeCompare(b.id),
  );
}
