// Demo data for development and the embedded mode: units of the North Ostrobothnia welfare region (Pohde)
// and the kinds of services residents book there. Unit ids are fixed so links and tests can name them.
import type { WeeklyPeriods } from '@asiointi/booking-contract';
import type { NewServiceTypeRow, NewUnitRow, resources } from './schema';

type NewResourceRow = typeof resources.$inferInsert;

type DemoService = Omit<NewServiceTypeRow, 'id' | 'unitId' | 'createdAt'>;

export const demoUnitIds = {
  kaijonharju: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
  tuira: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a02',
  raahe: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a03',
  kuusamo: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a04',
} as const;

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

function everyWeekday(
  periods: { start: `${number}:${number}`; end: `${number}:${number}` }[],
): WeeklyPeriods {
  return Object.fromEntries(weekdays.map((day) => [day, periods]));
}

const weekdayOpeningHours = everyWeekday([{ start: '08:00', end: '16:00' }]);
const dentalOpeningHours = everyWeekday([{ start: '07:30', end: '15:30' }]);

export const demoUnits: (NewUnitRow & { id: string })[] = [
  {
    id: demoUnitIds.kaijonharju,
    nameFi: 'Kaijonharjun hyvinvointikeskus',
    nameSv: 'Kaijonharju välfärdscentral',
    nameEn: 'Kaijonharju Wellbeing Centre',
    municipality: 'Oulu',
    streetAddress: 'Sammonpuistikko 2',
    phone: '+358 8 5584 1000',
    openingHours: weekdayOpeningHours,
    accessibility: {
      fi: 'Esteetön sisäänkäynti Sammonpuistikon puolelta, hissi kaikkiin kerroksiin ja induktiosilmukka vastaanotossa. Invapaikat pääoven vieressä.',
      sv: 'Tillgänglig ingång från Sammonpuistikko, hiss till alla våningar och hörslinga i receptionen. Parkeringsplatser för personer med funktionsnedsättning vid huvudingången.',
      en: 'Step-free entrance from Sammonpuistikko, a lift to every floor and an induction loop at the reception. Accessible parking next to the main door.',
    },
  },
  {
    id: demoUnitIds.tuira,
    nameFi: 'Tuiran hammashoitola',
    nameSv: 'Tuira tandklinik',
    nameEn: 'Tuira Dental Clinic',
    municipality: 'Oulu',
    streetAddress: 'Koskikeskuksentie 9',
    phone: '+358 8 5584 2000',
    openingHours: dentalOpeningHours,
    accessibility: {
      fi: 'Hammashoitola on katutasossa, ovet avautuvat automaattisesti. Hoitotuoleihin on siirtoapu pyydettäessä.',
      sv: 'Tandkliniken ligger i gatuplan och dörrarna öppnas automatiskt. Hjälp att förflytta sig till behandlingsstolen fås på begäran.',
      en: 'The clinic is at street level with automatic doors. Help to move to the treatment chair is available on request.',
    },
  },
  {
    id: demoUnitIds.raahe,
    nameFi: 'Raahen terveysasema',
    nameSv: 'Brahestads hälsostation',
    nameEn: 'Raahe Health Centre',
    municipality: 'Raahe',
    streetAddress: 'Rantakatu 4',
    phone: '+358 8 5584 3000',
    openingHours: weekdayOpeningHours,
    accessibility: {
      fi: 'Esteetön sisäänkäynti ja hissi. Vastaanotolla on induktiosilmukka ja pyörätuoli lainattavissa aulassa.',
      sv: 'Tillgänglig ingång och hiss. Receptionen har hörslinga och en rullstol kan lånas i entréhallen.',
      en: 'Step-free entrance and a lift. The reception has an induction loop, and a wheelchair can be borrowed in the lobby.',
    },
  },
  {
    id: demoUnitIds.kuusamo,
    nameFi: 'Kuusamon sosiaali- ja terveysasema',
    nameSv: 'Kuusamo social- och hälsostation',
    nameEn: 'Kuusamo Social and Health Centre',
    municipality: 'Kuusamo',
    streetAddress: 'Kitkantie 33',
    phone: '+358 8 5584 4000',
    openingHours: weekdayOpeningHours,
    accessibility: {
      fi: 'Esteetön sisäänkäynti Kitkantien puolelta. Pysäköinti maksutta talon edessä, invapaikat sisäänkäynnin vieressä.',
      sv: 'Tillgänglig ingång från Kitkantie. Gratis parkering framför huset, parkeringsplatser för personer med funktionsnedsättning vid ingången.',
      en: 'Step-free entrance from Kitkantie. Free parking in front of the building, accessible parking next to the entrance.',
    },
  },
];

/**
 * The primary-care care guarantee as the law stands in 2026: 3 months from the need assessment, 14 days for
 * people under 23 (data, so the next change of the law is a data change).
 */
const primaryCareGuarantee = { limitDays: 90, ageRules: [{ maxAgeExclusive: 23, limitDays: 14 }] };

const nurse: DemoService = {
  code: 'nurse-appointment',
  category: 'health',
  nameFi: 'Sairaanhoitajan vastaanotto',
  nameSv: 'Sjukskötarmottagning',
  nameEn: 'Nurse appointment',
  durationMinutes: 20,
  channels: ['onSite', 'phone'],
  selfBookable: true,
  requiresBookingRight: false,
  requiredSkill: 'nurse',
  careGuarantee: primaryCareGuarantee,
};

const doctor: DemoService = {
  code: 'doctor-appointment',
  category: 'health',
  nameFi: 'Lääkärin vastaanotto',
  nameSv: 'Läkarmottagning',
  nameEn: "Doctor's appointment",
  durationMinutes: 30,
  channels: ['onSite', 'video'],
  selfBookable: true,
  requiresBookingRight: true,
  requiredSkill: 'physician',
  bufferAfterMinutes: 5,
  careGuarantee: primaryCareGuarantee,
};

const fluVaccination: DemoService = {
  code: 'flu-vaccination',
  category: 'health',
  nameFi: 'Influenssarokotus',
  nameSv: 'Influensavaccination',
  nameEn: 'Flu vaccination',
  durationMinutes: 10,
  channels: ['onSite'],
  selfBookable: true,
  requiresBookingRight: false,
  requiredSkill: 'nurse',
};

const bloodSample: DemoService = {
  code: 'blood-sample',
  category: 'laboratory',
  nameFi: 'Verinäytteenotto',
  nameSv: 'Blodprovstagning',
  nameEn: 'Blood sample',
  durationMinutes: 10,
  channels: ['onSite'],
  selfBookable: true,
  requiresBookingRight: true,
  requiredSkill: 'laboratory',
};

const socialCounselling: DemoService = {
  code: 'social-counselling',
  category: 'socialServices',
  nameFi: 'Sosiaaliohjaus',
  nameSv: 'Social handledning',
  nameEn: 'Social counselling',
  durationMinutes: 60,
  channels: ['onSite', 'phone', 'video'],
  selfBookable: true,
  requiresBookingRight: false,
  requiredSkill: 'social-worker',
  bufferAfterMinutes: 10,
};

const dentalCheck: DemoService = {
  code: 'dental-check-up',
  category: 'oralHealth',
  nameFi: 'Suun terveystarkastus',
  nameSv: 'Munhälsokontroll',
  nameEn: 'Dental check-up',
  durationMinutes: 45,
  channels: ['onSite'],
  selfBookable: true,
  requiresBookingRight: false,
  requiredSkill: 'dentist',
  bufferAfterMinutes: 10,
  careGuarantee: primaryCareGuarantee,
};

const dentalHygienist: DemoService = {
  code: 'dental-hygienist',
  category: 'oralHealth',
  nameFi: 'Suuhygienistin vastaanotto',
  nameSv: 'Munhygienistmottagning',
  nameEn: 'Dental hygienist appointment',
  durationMinutes: 45,
  channels: ['onSite'],
  selfBookable: true,
  requiresBookingRight: true,
  requiredSkill: 'dental-hygienist',
  bufferBeforeMinutes: 5,
  bufferAfterMinutes: 10,
  careGuarantee: primaryCareGuarantee,
};

const physiotherapy: DemoService = {
  code: 'physiotherapy',
  category: 'rehabilitation',
  nameFi: 'Fysioterapeutin vastaanotto',
  nameSv: 'Fysioterapeutmottagning',
  nameEn: 'Physiotherapy appointment',
  durationMinutes: 45,
  channels: ['onSite', 'video'],
  selfBookable: true,
  requiresBookingRight: true,
  requiredSkill: 'physiotherapist',
  bufferAfterMinutes: 5,
  careGuarantee: primaryCareGuarantee,
};

const workAbilityAssessment: DemoService = {
  code: 'work-ability-assessment',
  category: 'workAbility',
  nameFi: 'Työkyvyn arviointi',
  nameSv: 'Bedömning av arbetsförmåga',
  nameEn: 'Work ability assessment',
  durationMinutes: 60,
  channels: ['onSite', 'video'],
  selfBookable: false,
  requiresBookingRight: true,
  requiredSkill: 'work-ability',
  bufferAfterMinutes: 15,
};

/** Never named in reminders, e-mails or calendar files. */
const mentalHealthCounselling: DemoService = {
  code: 'mental-health-counselling',
  category: 'health',
  nameFi: 'Mielenterveysneuvonta',
  nameSv: 'Mentalvårdsrådgivning',
  nameEn: 'Mental health counselling',
  durationMinutes: 45,
  channels: ['onSite', 'phone', 'video'],
  selfBookable: true,
  requiresBookingRight: false,
  sensitive: true,
  requiredSkill: 'mental-health',
  bufferAfterMinutes: 15,
  careGuarantee: primaryCareGuarantee,
};

export const demoServicesByUnit: Record<string, DemoService[]> = {
  [demoUnitIds.kaijonharju]: [nurse, doctor, fluVaccination, bloodSample, socialCounselling],
  [demoUnitIds.tuira]: [dentalCheck, dentalHygienist],
  [demoUnitIds.raahe]: [nurse, doctor, physiotherapy, workAbilityAssessment],
  [demoUnitIds.kuusamo]: [nurse, socialCounselling, bloodSample, mentalHealthCounselling],
};

/** Fixed like the units' ids, so tests and links can name a demo resource. */
export const demoResourceIds = {
  kaijonharjuNurse: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b01',
  kaijonharjuPhysician: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b02',
  kaijonharjuSocialWorker: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b03',
  kaijonharjuLaboratory: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b04',
  tuiraDentist: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b05',
  tuiraHygienist: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b06',
  raaheNurse: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b07',
  raahePhysician: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b08',
  raahePhysiotherapist: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b09',
  kuusamoNurse: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b10',
  kuusamoSocialWorker: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b11',
  kuusamoMentalHealthNurse: '6f1c2a4e-8b1d-4c3e-9a52-2f0d7b3e5b12',
} as const;

/** People with the skills the demo services require, and a sampling room; Swedish in three units. */
export const demoResources: (NewResourceRow & { id: string })[] = [
  {
    id: demoResourceIds.kaijonharjuNurse,
    unitId: demoUnitIds.kaijonharju,
    kind: 'person',
    titleFi: 'Sairaanhoitaja',
    titleSv: 'Sjukskötare',
    titleEn: 'Nurse',
    name: 'Laura Virtanen',
    skills: ['nurse'],
    languages: ['fi', 'en'],
  },
  {
    id: demoResourceIds.kaijonharjuPhysician,
    unitId: demoUnitIds.kaijonharju,
    kind: 'person',
    titleFi: 'Lääkäri',
    titleSv: 'Läkare',
    titleEn: 'Physician',
    name: 'Mikael Lindholm',
    skills: ['physician'],
    languages: ['fi', 'sv', 'en'],
  },
  {
    id: demoResourceIds.kaijonharjuSocialWorker,
    unitId: demoUnitIds.kaijonharju,
    kind: 'person',
    titleFi: 'Sosiaaliohjaaja',
    titleSv: 'Socialhandledare',
    titleEn: 'Social counsellor',
    name: 'Anna Korhonen',
    skills: ['social-worker'],
    languages: ['fi'],
  },
  {
    id: demoResourceIds.kaijonharjuLaboratory,
    unitId: demoUnitIds.kaijonharju,
    kind: 'room',
    titleFi: 'Näytteenottohuone',
    titleSv: 'Provtagningsrum',
    titleEn: 'Sampling room',
    name: '2',
    skills: ['laboratory'],
    languages: ['fi', 'sv', 'en'],
  },
  {
    id: demoResourceIds.tuiraDentist,
    unitId: demoUnitIds.tuira,
    kind: 'person',
    titleFi: 'Hammaslääkäri',
    titleSv: 'Tandläkare',
    titleEn: 'Dentist',
    name: 'Johanna Nieminen',
    skills: ['dentist'],
    languages: ['fi', 'en'],
  },
  {
    id: demoResourceIds.tuiraHygienist,
    unitId: demoUnitIds.tuira,
    kind: 'person',
    titleFi: 'Suuhygienisti',
    titleSv: 'Munhygienist',
    titleEn: 'Dental hygienist',
    name: 'Elina Mäkelä',
    skills: ['dental-hygienist'],
    languages: ['fi'],
  },
  {
    id: demoResourceIds.raaheNurse,
    unitId: demoUnitIds.raahe,
    kind: 'person',
    titleFi: 'Sairaanhoitaja',
    titleSv: 'Sjukskötare',
    titleEn: 'Nurse',
    name: 'Karin Sjöberg',
    skills: ['nurse'],
    languages: ['sv', 'fi'],
  },
  {
    id: demoResourceIds.raahePhysician,
    unitId: demoUnitIds.raahe,
    kind: 'person',
    titleFi: 'Lääkäri',
    titleSv: 'Läkare',
    titleEn: 'Physician',
    name: 'Pekka Heikkilä',
    skills: ['physician', 'work-ability'],
    languages: ['fi'],
  },
  {
    id: demoResourceIds.raahePhysiotherapist,
    unitId: demoUnitIds.raahe,
    kind: 'person',
    titleFi: 'Fysioterapeutti',
    titleSv: 'Fysioterapeut',
    titleEn: 'Physiotherapist',
    name: 'Sanna Lehto',
    skills: ['physiotherapist'],
    languages: ['fi', 'en'],
  },
  {
    id: demoResourceIds.kuusamoNurse,
    unitId: demoUnitIds.kuusamo,
    kind: 'person',
    titleFi: 'Sairaanhoitaja',
    titleSv: 'Sjukskötare',
    titleEn: 'Nurse',
    name: 'Jenni Kemppainen',
    skills: ['nurse', 'laboratory'],
    languages: ['fi', 'sv'],
  },
  {
    id: demoResourceIds.kuusamoSocialWorker,
    unitId: demoUnitIds.kuusamo,
    kind: 'person',
    titleFi: 'Sosiaaliohjaaja',
    titleSv: 'Socialhandledare',
    titleEn: 'Social counsellor',
    name: 'Ville Karjalainen',
    skills: ['social-worker'],
    languages: ['fi', 'en'],
  },
  {
    id: demoResourceIds.kuusamoMentalHealthNurse,
    unitId: demoUnitIds.kuusamo,
    kind: 'person',
    titleFi: 'Psykiatrinen sairaanhoitaja',
    titleSv: 'Psykiatrisk sjukskötare',
    titleEn: 'Psychiatric nurse',
    name: 'Maria Holmström',
    skills: ['mental-health'],
    languages: ['fi', 'sv'],
  },
];

const workingDay = [
  { start: '08:00', end: '11:30' },
  { start: '12:00', end: '15:30' },
] as const;

const morningsOnly = [{ start: '07:30', end: '11:00' }] as const;

function days(keys: readonly (typeof weekdays)[number][], periods: typeof workingDay | typeof morningsOnly) {
  return Object.fromEntries(keys.map((day) => [day, [...periods]])) as WeeklyPeriods;
}

/** The fixed id of a demo resource's weekly template. */
export function demoScheduleTemplateIdOf(resourceId: string): string {
  return resourceId.replace('-9a52-', '-9a53-');
}

/** The usual week of each resource, from the start of 2026 until further notice: free times always exist. */
export const demoScheduleTemplates: {
  /** The resource's id with 9a53 in place of 9a52: fixed, so tests can name a template. */
  id: string;
  resourceId: string;
  validFrom: string;
  workingPeriods: WeeklyPeriods;
}[] = demoResources.map((resource) => {
  const workingPeriods =
    resource.id === demoResourceIds.kaijonharjuLaboratory
      ? days(weekdays, morningsOnly)
      : resource.id === demoResourceIds.kaijonharjuPhysician || resource.id === demoResourceIds.raahePhysician
        ? days(['mon', 'tue', 'wed', 'thu'], workingDay)
        : days(weekdays, workingDay);
  return {
    id: demoScheduleTemplateIdOf(resource.id),
    resourceId: resource.id,
    validFrom: '2026-01-01',
    workingPeriods,
  };
});

/**
 * One invitation letter's code for trying a service that needs a booking right (the README names it). Only
 * its hash is stored, as for every code; it binds to the first person who books with it.
 */
export const demoInvitation = {
  code: 'DEMO-KUTS-2026',
  unitId: demoUnitIds.tuira,
  serviceCode: 'dental-hygienist',
  validFrom: '2026-01-01',
  validUntil: '2027-12-31',
  usesAllowed: 3,
  grantedBySubject: 'system:demo-data',
} as const;
