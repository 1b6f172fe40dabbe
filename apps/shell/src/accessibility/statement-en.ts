import type { StatementContent } from './statement-content';

export const statementEn: StatementContent = {
  title: 'Accessibility statement',
  intro: [
    'This accessibility statement applies to the online services of the West Coast Wellbeing Services County. As a wellbeing services county we are subject to the Act on the Provision of Digital Services (306/2019), which requires public online services to be accessible.',
    'This statement was prepared on 20 November 2026. We assessed the accessibility of the service ourselves: with automated checks and by using the service with a keyboard only, with a screen reader, at 400% zoom and on a screen 320 pixels wide.',
  ],
  statusHeading: 'Compliance status',
  status: 'The service partially meets the Level AA accessibility requirements of WCAG 2.1.',
  nonAccessibleHeading: 'Non-accessible content',
  nonAccessibleIntro: 'We know of the following shortcomings and will fix them as soon as possible:',
  nonAccessible: [
    'The family centre, work ability support and feedback services have not been assessed yet. They will be assessed before they are taken into use.',
    'Some of the units’ instructions in PDF format are not accessible: their headings and tables are not marked up as structure (WCAG 1.3.1). You can get an instruction in an accessible format on request.',
    "The service uses your device's own typeface, so text may look different on different devices. This does not affect how readable the text is or whether it can be enlarged.",
  ],
  feedbackHeading: 'Give feedback on accessibility',
  feedback: [
    'Did you notice an accessibility issue? Tell us and we will fix it. You can also ask us for content that is not accessible in an accessible format.',
  ],
  feedbackEmailLabel: 'Email',
  responseTime: 'We will reply to your feedback or request within 14 days.',
  enforcementHeading: 'Enforcement procedure',
  enforcement: [
    'If you notice accessibility problems in the service, first give feedback to us. If you are not satisfied with our reply, or you do not get a reply within 14 days, you can report the matter to the supervisory authority.',
    'From 1 January 2026, the accessibility of digital services is supervised by the Finnish Transport and Communications Agency Traficom. Before that, supervision was the responsibility of the Accessibility Monitoring Unit of the Regional State Administrative Agency for Southern Finland.',
  ],
  authorityName: 'Finnish Transport and Communications Agency Traficom, digital accessibility supervision',
  authorityWebsiteLabel: 'Website',
  authorityWebsite: 'https://www.accessibilityrequirements.fi',
};
