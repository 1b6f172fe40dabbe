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
  remote: {
    loading: 'Tjänsten laddas…',
    unavailable: 'Tjänsten är inte tillgänglig just nu. Försök igen senare.',
    retry: 'Försök igen',
  },
} satisfies CommonStrings;
