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
  serviceErrors: {
    network: 'The connection to the service failed. Check your network connection and try again.',
    generic: 'The information could not be loaded right now. Please try again later.',
    invalidRequest: 'The service could not handle this information. Please check it and try again.',
    tooManyRequests: 'The service is busy right now. Please wait a moment and try again.',
    unauthenticated: 'Your sign-in has expired. Please sign in again.',
    forbidden: 'You are not allowed to do this.',
    actingForNotAllowed:
      'You cannot handle this matter for the person you have chosen. Change the person at the top of the page.',
    temporarilyUnavailable: 'The service is not available right now. Please try again in a moment.',
    retry: 'Try again',
    signIn: 'Sign in',
  },
  remote: {
    loading: 'Loading the service…',
    unavailable: 'The service is not available right now. Please try again later.',
    retry: 'Try again',
  },
} satisfies CommonStrings;
