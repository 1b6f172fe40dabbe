import type { ModuleStrings } from './fi';

export const moduleEn = {
  title: 'Feedback',
  intro: 'You can contact us at these units.',
  loading: 'Loading…',
  none: 'The units have no services here yet.',
  staffLink: 'Staff pages',
  errors: {
    unitNotFound: 'The unit is not in the list of units.',
  },
  staff: {
    title: 'Feedback: staff',
    intro: 'Add a service to your unit’s catalogue for residents to see.',
    staffOnly: 'This page is for staff. Sign in with a staff account.',
    signIn: 'Sign in',
    noUnits: 'You have no roles in this service in any unit.',
    unitLabel: 'Unit',
    entriesHeading: 'Services now',
    formHeading: 'Add a service',
    saved: 'Service added: {{name}}.',
    save: 'Add the service',
    saving: 'Adding…',
    fields: {
      nameFi: {
        label: 'Name in Finnish',
        errorMessage: 'Write the name in Finnish (at most 500 characters).',
      },
      nameSv: {
        label: 'Name in Swedish',
        errorMessage: 'Write the name in Swedish (at most 500 characters).',
      },
      nameEn: {
        label: 'Name in English',
        errorMessage: 'Write the name in English (at most 500 characters).',
      },
      descriptionFi: {
        label: 'Description in Finnish',
        description: 'Optional. If you write a description, write it in all three languages.',
        errorMessage: 'Write the description in every language or leave it empty (at most 2,000 characters).',
      },
      descriptionSv: {
        label: 'Description in Swedish',
        errorMessage: 'Write the description in every language or leave it empty (at most 2,000 characters).',
      },
      descriptionEn: {
        label: 'Description in English',
        errorMessage: 'Write the description in every language or leave it empty (at most 2,000 characters).',
      },
    },
  },
} satisfies ModuleStrings;
