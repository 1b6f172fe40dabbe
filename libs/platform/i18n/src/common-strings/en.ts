import type { CommonStrings } from './fi';

export const commonEn = {
  skipToMainContent: 'Skip to main content',
  languageSwitch: {
    label: 'Language',
  },
  loading: 'Loading…',
  dialog: {
    close: 'Close',
  },
  field: {
    required: 'required',
    characterCount: '{{used, number}} / {{limit, number}} characters',
    charactersTooMany_one: '{{count, number}} character too many',
    charactersTooMany_other: '{{count, number}} characters too many',
  },
  form: {
    checkFields: 'Some information is missing or wrong. Check the fields marked below.',
  },
  remote: {
    loading: 'Loading the service…',
    unavailable: 'The service is not available right now. Please try again later.',
    retry: 'Try again',
  },
} satisfies CommonStrings;
