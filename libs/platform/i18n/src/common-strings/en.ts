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
  },
  remote: {
    loading: 'Loading the service…',
    unavailable: 'The service is not available right now. Please try again later.',
    retry: 'Try again',
  },
} satisfies CommonStrings;
