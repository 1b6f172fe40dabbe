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
    requiresBookingRight: 'You can book once you have a booking right, for example a referral.',
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
  },
  notFound: {
    title: 'Page not found',
    backToBooking: 'Back to appointment booking',
  },
} satisfies BookingStrings;
