import type { ResidentLanguage } from './resident-language';

// Lines the reminder, the e-mail and the .ics share, so each names the booking in the same words.
const referenceLabel: Record<ResidentLanguage, string> = {
  fi: 'Varaustunnus',
  sv: 'Bokningsnummer',
  en: 'Booking reference',
};

const bookedForLabel: Record<ResidentLanguage, string> = {
  fi: 'Varaus henkilölle',
  sv: 'Bokningen gäller',
  en: 'Booked for',
};

/** fi "Varaustunnus: K7QM-2XHD": what the resident reads out when calling the unit. */
export function bookingReferenceLine(reference: string, language: ResidentLanguage): string {
  return `${referenceLabel[language]}: ${reference}`;
}

/** fi "Varaus henkilölle: Eetu Virtanen": whose appointment it is, when a guardian gets it for a child. */
export function bookedForLine(name: string, language: ResidentLanguage): string {
  return `${bookedForLabel[language]}: ${name}`;
}
