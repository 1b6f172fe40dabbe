import type { ShellStrings } from './fi';

export const shellEn = {
  regionName: 'West Coast Wellbeing Services County',
  serviceName: 'Online services',
  home: {
    title: 'Online services',
    intro:
      'Take care of your health and social services matters when it suits you. Choose the service you need below.',
    servicesHeading: 'Services',
    noServices: 'No services are available online right now.',
    manifestUnavailable: 'The list of services could not be loaded right now. Please try again later.',
  },
  modules: {
    booking: {
      title: 'Appointment booking',
      description: 'Book, move or cancel an appointment in health and social services.',
    },
    'family-centre': {
      title: 'Family centre',
      description: 'Child health clinics, family support, and child and family guidance.',
    },
    'work-ability': {
      title: 'Work ability support',
      description: 'Work ability assessment and support for returning to work or staying in work.',
    },
    feedback: {
      title: 'Feedback',
      description: 'Give feedback on our services or make a formal complaint.',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist or has been moved.',
    backHome: 'Go to the front page',
  },
  footer: {
    accessibility: 'Accessibility statement',
    homeLink: 'Front page',
  },
  accessibility: {
    title: 'Accessibility statement',
  },
} satisfies ShellStrings;
