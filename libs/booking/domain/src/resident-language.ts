import type { LocalizedText } from '@asiointi/booking-contract';

/** A language the portal serves residents in: a key of every localized text. */
export type ResidentLanguage = keyof LocalizedText;

/** Collation locales as written in Finland: Finnish and Swedish both put å, ä and ö after z. */
const collationLocale: Record<ResidentLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const collators = new Map<ResidentLanguage, Intl.Collator>();

/** Compares names as a reader of that language expects (numbers by value, case ignored). */
export function nameCollator(language: ResidentLanguage): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(collationLocale[language], { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}
