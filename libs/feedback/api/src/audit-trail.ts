// The feedback service's audit log, and its words for what its rows record, as residents read them on
// "who has handled my data" (answered with the events by audit.myDataEvents).
import { auditLog } from '@asiointi/feedback-data';
import { createAuditTrail, defineAuditSpecs, defineAuditVocabulary } from '@asiointi/platform-audit';

export const feedbackAuditTrail = createAuditTrail({ table: auditLog, service: 'feedback' });

export const feedbackAuditVocabulary = defineAuditVocabulary({
  resources: {
    'catalogue-entry': { fi: 'palveluvalikoima', sv: 'tjänsteutbudet', en: 'the range of services' },
  },
  purposes: {
    'service-catalogue-maintenance': {
      fi: 'Palveluvalikoiman ylläpito',
      sv: 'Underhåll av tjänsteutbudet',
      en: 'Maintaining the range of services',
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
});
