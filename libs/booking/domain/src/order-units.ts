import type { Unit } from '@asiointi/booking-contract';
import { nameCollator, type ResidentLanguage } from './resident-language';

/** Units by municipality, then by name, both as a reader of the language expects. */
export function orderUnits<TUnit extends Pick<Unit, 'municipality' | 'name'>>(
  units: readonly TUnit[],
  language: ResidentLanguage,
): TUnit[] {
  const collator = nameCollator(language);
  return [...units].sort(
    (a, b) =>
      collator.compare(a.municipality, b.municipality) ||
      collator.compare(a.name[language], b.name[language]),
  );
}
