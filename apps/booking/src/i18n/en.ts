import type { BookingStrings } from './fi';

export const bookingEn = {
  title: 'Appointment booking',
  intro: 'Choose a unit to see its services and how to book an appointment for them.',
  unitPicker: {
    label: 'Unit',
    placeholder: 'Choose a unit',
    loading: 'Loading units…',
    none: 'No units were found.',
  },
  unit: {
    address: 'Address',
  },
  services: {
    heading: 'Services: {{unit}}',
    loading: 'Loading services…',
    none: 'This unit has no services shown online.',
    duration: 'Duration',
    durationValue: '{{minutes}} min',
    channels: 'How you attend',
    selfBookable: 'You can book an appointment online.',
    requiresBookingRight:
      'You can book online once you have a booking right: the code in an invitation letter, or a right a professional has granted you.',
    byPhoneOnly: 'Book an appointment by calling the unit.',
  },
  channels: {
    onSite: 'Visit at the unit',
    phone: 'Phone call',
    video: 'Video call',
  },
  errors: {
    unitNotFound: 'The unit you chose was not found. Please choose another unit.',
    invalidRequest: 'The information could not be fetched with this choice. Please choose the unit again.',
    tooManyRequests: 'The service is busy right now. Please wait a moment and try again.',
    network: 'The connection to the service failed. Check your network connection and try again.',
    generic: 'The information could not be loaded right now. Please try again later.',
    retry: 'Try again',
    invalidPreferences:
      'The settings could not be saved with these choices. Please check them and try again.',
    unauthenticated: 'Your sign-in has expired. Please sign in again.',
    forbidden: 'You are not allowed to do this.',
    actingForNotAllowed:
      'You cannot handle this matter for the person you have chosen. Change the person at the top of the page.',
    temporarilyUnavailable: 'The service cannot check your rights right now. Please try again in a moment.',
    signIn: 'Sign in',
  },
  preferencesLink: 'Reminder settings',
  preferences: {
    title: 'Reminder settings',
    intro:
      'Choose how you want to be reminded of a booked appointment the day before, and in which language you want to be served at the appointment.',
    actingFor: 'These settings are for {{name}}.',
    signInPrompt: 'Sign in to choose your reminder settings.',
    signIn: 'Sign in',
    staffOnly: 'Reminder settings are for residents. They cannot be changed with a staff sign-in.',
    loading: 'Loading the settings…',
    channelLabel: 'Reminder of a booked appointment',
    channels: {
      sms: 'Text message',
      email: 'E-mail',
      none: 'No reminder',
    },
    languageLabel: 'Language at the appointment',
    languageDescription:
      'If you do not choose a language, you are served in the same language as in this service.',
    languages: {
      none: 'No choice',
      fi: 'Finnish',
      sv: 'Swedish',
      en: 'English',
    },
    save: 'Save the settings',
    saving: 'Saving…',
    saved: 'The settings have been saved.',
    backToBooking: 'Back to appointment booking',
  },
  notFound: {
    title: 'Page not found',
    backToBooking: 'Back to appointment booking',
  },
} satisfies BookingStrings;
