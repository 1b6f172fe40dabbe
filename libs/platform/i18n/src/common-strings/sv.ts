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
  },
  remote: {
    loading: 'Tjänsten laddas…',
    unavailable: 'Tjänsten är inte tillgänglig just nu. Försök igen senare.',
    retry: 'Försök igen',
  },
} satisfies CommonStrings;
