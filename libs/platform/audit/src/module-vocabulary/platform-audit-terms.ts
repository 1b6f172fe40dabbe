// The audit log's own words, the same in every service: reading the trail itself ("who has handled my
// data" is logged too). Merged with each module's vocabulary by createAuditRouter.
import type { LocalizedText } from '@asiointi/platform-contract';

export const AUDIT_TRAIL_RESOURCE = 'audit-trail';
export const DATA_SUBJECT_ACCESS_PURPOSE = 'data-subject-access';

export const platformAuditTerms = {
  resources: {
    [AUDIT_TRAIL_RESOURCE]: {
      fi: 'tietojen käsittelyloki',
      sv: 'loggen över behandlingen av uppgifterna',
      en: 'the log of how the data has been handled',
    },
  } as Readonly<Record<string, LocalizedText>>,
  purposes: {
    [DATA_SUBJECT_ACCESS_PURPOSE]: {
      fi: 'Tarkastus: kuka on käsitellyt tietoja',
      sv: 'Kontroll av vem som har behandlat uppgifterna',
      en: 'Checking who has handled the data',
    },
  } as Readonly<Record<string, LocalizedText>>,
} as const;
