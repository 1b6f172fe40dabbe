import { municipalityName } from '@asiointi/platform-contract';
import type { Language } from '@asiointi/platform-i18n';

/** "Street 1, Municipality" with the municipality named in the page's language (Oulu / Uleåborg). */
export function unitAddress(
  unit: { streetAddress: string; municipality: string },
  language: Language,
): string {
  return `${unit.streetAddress}, ${municipalityName(unit.municipality, language)}`;
}
