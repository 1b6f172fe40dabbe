// The feedback service's audit log, and its words for what its rows record, as residents read them on
// "who has handled my data" (answered with the events by audit.myDataEvents).
import { auditLog } from '@asiointi/feedback-data';
import { createAuditTrail, defineAuditSpecs, defineAuditVocabulary } from '@asiointi/platform-audit';

export const feedbackAuditTrail = createAuditTrail({ table: auditLog, service: 'feedback' });

export const feedbackAuditVocabulary = defineAuditVocabulary({
  resources: {
    'catalogue-entry': { fi: 'palveluvalikoima', sv: 'tjänsteutbudet', en: 'the range of services' },
    // Reports (issue 11, part 2)
    'feedback-comments': {
      fi: 'palautteiden vapaat vastaukset',
      sv: 'responsens fria svar',
      en: 'free-text feedback',
    },
  },
  purposes: {
    'service-catalogue-maintenance': {
      fi: 'Palveluvalikoiman ylläpito',
      sv: 'Underhåll av tjänsteutbudet',
      en: 'Maintaining the range of services',
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
  catalogueEntryCreate: {
    action: 'create',
    resourceType: 'catalogue-entry',
    purpose: 'service-catalogue-maintenance',
  },
  // Reports (issue 11, part 2): free text may name someone, so reading it is logged as a staff action.
  reportCommentsRead: { action: 'read', resourceType: 'feedback-comments', purpose: 'feedback-reporting' },
});
