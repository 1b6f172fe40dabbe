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
  // Answering a feedback request from its link (issue 11, part 1).
  answer: {
    title: 'Give feedback',
    loading: 'Opening the survey…',
    aboutUnit: 'This feedback is about {{unit}}.',
    aboutService: 'This feedback is about the service you received.',
    questionOf: 'Question {{number}} of {{total}}',
    optional: 'You can leave the question unanswered.',
    cannotSay: 'Cannot say',
    recommendationLow: '0 = not at all likely',
    recommendationHigh: '10 = extremely likely',
    agreement: {
      '1': 'Strongly disagree',
      '2': 'Somewhat disagree',
      '3': 'Neither agree nor disagree',
      '4': 'Somewhat agree',
      '5': 'Strongly agree',
    },
    smiley: {
      '1': 'Very bad',
      '2': 'Bad',
      '3': 'In between',
      '4': 'Good',
      '5': 'Very good',
    },
    respondent: {
      label: 'Who answered?',
      self: 'I answered myself',
      withHelp: 'I answered with someone’s help',
      relative: 'A relative answered for me',
    },
    textTooLong: 'Shorten the text: at most {{max}} characters.',
    save: 'Save and continue later',
    saving: 'Saving…',
    saved: 'Your answers are saved. You can continue later from the same link.',
    submit: 'Send feedback',
    submitting: 'Sending…',
    thanksTitle: 'Thank you for your feedback!',
    thanksText: 'Your feedback has been saved anonymously. We use it to improve our services.',
    unusableTitle: 'This link can no longer be used',
    unusableText:
      'A feedback link works once and for a limited time. You can no longer answer with this link. Thank you for wanting to give feedback!',
    errors: {
      REQUEST_LINK_UNUSABLE: 'This feedback link can no longer be used.',
      REQUEST_LINK_ATTEMPTS_EXCEEDED: 'Too many attempts. Please try again later.',
      ANSWER_SHEET_INVALID: 'Your answers could not be saved. Check them and try again.',
      ANSWER_SHEET_EMPTY: 'Answer at least one question before sending.',
    },
  },
} satisfies ModuleStrings;
