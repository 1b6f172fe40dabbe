import type { CommonStrings } from './fi';

export const commonSv = {
  skipToMainContent: 'Gå till huvudinnehållet',
  languageSwitch: {
    label: 'Språk',
  },
  loading: 'Laddar…',
  dialog: {
    close: 'Stäng',
  },
  field: {
    required: 'obligatorisk',
    characterCount: '{{used, number}} / {{limit, number}} tecken',
    charactersTooMany_one: '{{count, number}} tecken för mycket',
    charactersTooMany_other: '{{count, number}} tecken för mycket',
  },
  form: {
    checkFields: 'Uppgifter saknas eller är felaktiga. Kontrollera de markerade fälten nedan.',
  },
  serviceErrors: {
    network: 'Anslutningen till tjänsten fungerade inte. Kontrollera nätanslutningen och försök igen.',
    generic: 'Uppgifterna kunde inte laddas just nu. Försök igen senare.',
    invalidRequest: 'Tjänsten kunde inte behandla uppgifterna. Kontrollera dem och försök igen.',
    tooManyRequests: 'Tjänsten är överbelastad just nu. Vänta en stund och försök igen.',
    unauthenticated: 'Din inloggning har gått ut. Logga in igen.',
    forbidden: 'Du har inte rätt att göra det här.',
    actingForNotAllowed:
      'Du kan inte sköta det här ärendet för personen du har valt. Byt person högst upp på sidan.',
    temporarilyUnavailable: 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
    retry: 'Försök igen',
    signIn: 'Logga in',
  },
  remote: {
    loading: 'Tjänsten laddas…',
    unavailable: 'Tjänsten är inte tillgänglig just nu. Försök igen senare.',
    retry: 'Försök igen',
  },
} satisfies CommonStrings;
