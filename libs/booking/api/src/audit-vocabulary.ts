// The booking service's words for its audit log: the resource types and purposes its rows carry, as
// residents read them on "who has handled my data" (answered with the events by audit.myDataEvents).
// Resources follow "Viewed data: …" in lower case; purposes are sentences.
import { defineAuditVocabulary } from '@asiointi/platform-audit';

export const bookingAuditVocabulary = defineAuditVocabulary({
  resources: {
    'resident-preferences': {
      fi: 'ajanvarauksen muistutusasetukset',
      sv: 'påminnelseinställningar för tidsbokning',
      en: 'booking reminder settings',
    },
    'reminder-contact': {
      fi: 'muistutusten puhelinnumero ja sähköpostiosoite',
      sv: 'telefonnummer och e-postadress för påminnelser',
      en: 'phone number and e-mail address for reminders',
    },
    booking: { fi: 'ajanvaraukset', sv: 'tidsbokningar', en: 'appointment bookings' },
    'booking-right': { fi: 'varausoikeudet', sv: 'bokningsrätter', en: 'booking rights' },
    'service-type': { fi: 'palvelut', sv: 'tjänster', en: 'services' },
    unit: { fi: 'toimipisteen tiedot', sv: 'verksamhetsställets uppgifter', en: 'unit information' },
    resource: { fi: 'ammattilaiset ja tilat', sv: 'yrkespersoner och rum', en: 'professionals and rooms' },
    'resource-schedule': { fi: 'työvuorot', sv: 'arbetsscheman', en: 'work schedules' },
  },
  purposes: {
    'resident-self-service': {
      fi: 'Asiointi verkkopalvelussa',
      sv: 'Ärenden som sköttes i e-tjänsten',
      en: 'Matters handled in the online service',
    },
    'service-catalogue-maintenance': {
      fi: 'Palveluvalikoiman ylläpito',
      sv: 'Underhåll av tjänsteutbudet',
      en: 'Maintaining the range of services',
    },
    'care-delivery': {
      fi: 'Hoito vastaanotolla',
      sv: 'Vård vid besöket',
      en: 'Providing care at the appointment',
    },
    'reminder-link': {
      fi: 'Peruutus muistutuksen linkistä',
      sv: 'Avbokning via påminnelselänken',
      en: 'Cancelling through the reminder link',
    },
    'need-assessment': {
      fi: 'Hoidon tarpeen arviointi',
      sv: 'Bedömning av vårdbehovet',
      en: 'Assessing the need for care',
    },
    'invitation-letters': {
      fi: 'Kutsukirjeiden lähettäminen',
      sv: 'Utskick av kallelsebrev',
      en: 'Sending invitation letters',
    },
  },
});
