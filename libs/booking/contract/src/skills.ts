import { z } from 'zod';
import type { LocalizedText } from './localized-text';

/**
 * The managed list of skills that match resources to the services they give, each with the name staff
 * see. A new skill is a change here (reviewed like any code), never free text typed into a form, so a
 * typo cannot silently leave a service without resources.
 */
export const skillNames = {
  general: { fi: 'Yleisvastaanotto', sv: 'Allmän mottagning', en: 'General appointments' },
  nurse: { fi: 'Sairaanhoitaja', sv: 'Sjukskötare', en: 'Nurse' },
  physician: { fi: 'Lääkäri', sv: 'Läkare', en: 'Physician' },
  laboratory: { fi: 'Laboratorionäytteet', sv: 'Laboratorieprov', en: 'Laboratory samples' },
  dentist: { fi: 'Hammaslääkäri', sv: 'Tandläkare', en: 'Dentist' },
  'dental-hygienist': { fi: 'Suuhygienisti', sv: 'Munhygienist', en: 'Dental hygienist' },
  physiotherapist: { fi: 'Fysioterapeutti', sv: 'Fysioterapeut', en: 'Physiotherapist' },
  'speech-therapist': { fi: 'Puheterapeutti', sv: 'Talterapeut', en: 'Speech therapist' },
  'social-worker': { fi: 'Sosiaaliohjaus', sv: 'Socialhandledning', en: 'Social counselling' },
  'mental-health': { fi: 'Mielenterveystyö', sv: 'Mentalvårdsarbete', en: 'Mental health work' },
  'work-ability': {
    fi: 'Työkyvyn arviointi',
    sv: 'Bedömning av arbetsförmåga',
    en: 'Work-ability assessment',
  },
  vaccinator: { fi: 'Rokottaminen', sv: 'Vaccinering', en: 'Vaccination' },
} as const satisfies Record<string, LocalizedText>;

export type Skill = keyof typeof skillNames;

export const skillSchema = z.enum(Object.keys(skillNames) as [Skill, ...Skill[]]);
