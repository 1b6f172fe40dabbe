/** The accessibility statement's text in one language (Act on the Provision of Digital Services 306/2019). */
export interface StatementContent {
  title: string;
  intro: string[];
  statusHeading: string;
  status: string;
  nonAccessibleHeading: string;
  nonAccessibleIntro: string;
  nonAccessible: string[];
  feedbackHeading: string;
  feedback: string[];
  feedbackEmailLabel: string;
  responseTime: string;
  enforcementHeading: string;
  enforcement: string[];
  authorityName: string;
  authorityWebsiteLabel: string;
  authorityWebsite: string;
}

/** Where residents send accessibility feedback. */
export const accessibilityEmail = 'saavutettavuus@lansirannikon-hyvinvointialue.example';
