// The feedback service's audit log, and its words for what its rows record, as residents read them on
// "who has handled my data" (answered with the events by audit.myDataEvents).
import { auditLog } from '@asiointi/feedback-data';
import { createAuditTrail, defineAuditSpecs, defineAuditVocabulary } from '@asiointi/platform-audit';

export const feedbackAuditTrail = createAuditTrail({ table: auditLog, service: 'feedback' });

export const feedbackAuditVocabulary = defineAuditVocabulary({
  resources: {
    // General feedback, the staff inbox, "you said, we did" and question-set administration.
    'general-feedback': { fi: 'antamasi palaute', sv: 'respons du har gett', en: 'feedback you gave' },
    'change-entry': {
      fi: '"Te sanoitte, me teimme" -sivu',
      sv: 'sidan "Ni sa, vi gjorde"',
      en: 'the "you said, we did" page',
    },
    'question-set': { fi: 'palautekyselyt', sv: 'responsenkäterna', en: 'the feedback questionnaires' },
    // Feedback requests: that one was sent to the person after a visit (never which answer was theirs).
    'feedback-request': { fi: 'palautepyyntö', sv: 'responsbegäran', en: 'a feedback request' },
    // Reports (issue 11, part 2)
    'feedback-comments': {
      fi: 'palautteiden vapaat vastaukset',
      sv: 'responsens fria svar',
      en: 'free-text feedback',
    },
  },
  purposes: {
    'feedback-submission': {
      fi: 'Palautteen vastaanotto',
      sv: 'Mottagning av respons',
      en: 'Receiving feedback',
    },
    'own-feedback': {
      fi: 'Oman palautteen ja vastausten näyttäminen',
      sv: 'Visning av egen respons och svar',
      en: 'Showing your own feedback and replies',
    },
    'feedback-handling': {
      fi: 'Palautteen käsittely ja siihen vastaaminen',
      sv: 'Handläggning av och svar på respons',
      en: 'Handling and answering feedback',
    },
    'feedback-publication': {
      fi: 'Palautteen perusteella tehtyjen muutosten julkaisu',
      sv: 'Publicering av ändringar gjorda utifrån respons',
      en: 'Publishing changes made because of feedback',
    },
    'question-set-maintenance': {
      fi: 'Palautekyselyjen ylläpito',
      sv: 'Underhåll av responsenkäterna',
      en: 'Maintaining the feedback questionnaires',
    },
    'feedback-request-sending': {
      fi: 'Palautepyynnön lähettäminen käynnin jälkeen',
      sv: 'Att skicka en responsbegäran efter besöket',
      en: 'Sending a feedback request after your visit',
    },
    // Reports (issue 11, part 2)
    'feedback-reporting': {
      fi: 'Palautteen raportointi',
      sv: 'Rapportering av respons',
      en: 'Reporting on feedback',
    },
  },
});

/** What the module's procedures log: only the vocabulary's resource types and purposes compile. */
export const feedbackAuditSpecs = defineAuditSpecs(feedbackAuditVocabulary, {
  // General feedback, the staff inbox, "you said, we did" and question-set administration.
  generalFeedbackSubmit: {
    action: 'create',
    resourceType: 'general-feedback',
    purpose: 'feedback-submission',
  },
  generalFeedbackReadOwn: { action: 'read', resourceType: 'general-feedback', purpose: 'own-feedback' },
  inboxRead: { action: 'read', resourceType: 'general-feedback', purpose: 'feedback-handling' },
  inboxChange: { action: 'update', resourceType: 'general-feedback', purpose: 'feedback-handling' },
  changeEntryCreate: { action: 'create', resourceType: 'change-entry', purpose: 'feedback-publication' },
  changeEntryUpdate: { action: 'update', resourceType: 'change-entry', purpose: 'feedback-publication' },
  questionSetCreate: { action: 'create', resourceType: 'question-set', purpose: 'question-set-maintenance' },
  questionSetUpdate: { action: 'update', resourceType: 'question-set', purpose: 'question-set-maintenance' },
  // A request scheduled to a person after their visit (the system acting; no request id, so the row leads
  // nowhere near an answer).
  requestScheduled: {
    action: 'create',
    resourceType: 'feedback-request',
    purpose: 'feedback-request-sending',
  },
  // Reports (issue 11, part 2): free text may name someone, so reading it is logged as a staff action.
  reportCommentsRead: { action: 'read', resourceType: 'feedback-comments', purpose: 'feedback-reporting' },
});
