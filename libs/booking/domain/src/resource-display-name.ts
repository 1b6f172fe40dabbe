import type { LocalizedText } from '@asiointi/booking-contract';

/** A resource's naming as stored: a title in every language or none, and a name the same in all. */
export interface ResourceNaming {
  titleFi: string | null;
  titleSv: string | null;
  titleEn: string | null;
  name: string;
}

/**
 * What residents and staff see a resource as, in each language: its title and name ("Sairaanhoitaja Laura
 * Virtanen", "Sjukskötare Laura Virtanen", "Nurse Laura Virtanen"), or its name alone without a title.
 */
export function resourceDisplayName(resource: ResourceNaming): LocalizedText {
  const { titleFi, titleSv, titleEn, name } = resource;
  if (titleFi === null || titleSv === null || titleEn === null) return { fi: name, sv: name, en: name };
  return { fi: `${titleFi} ${name}`, sv: `${titleSv} ${name}`, en: `${titleEn} ${name}` };
}
