// Demo data for development and the embedded mode: units of the North Ostrobothnia welfare region (Pohde)
// and the kinds of services residents book there. Unit ids are fixed so links and tests can name them.
import type { NewServiceTypeRow, NewUnitRow } from './schema';

type DemoService = Omit<NewServiceTypeRow, 'id' | 'unitId' | 'createdAt'>;

export const demoUnitIds = {
  kaijonharju: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
  tuira: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a02',
  raahe: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a03',
  kuusamo: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a04',
} as const;

export const demoUnits: (NewUnitRow & { id: string })[] = [
  {
    id: demoUnitIds.kaijonharju,
    nameFi: 'Kaijonharjun hyvinvointikeskus',
    nameSv: 'Kaijonharju välfärdscentral',
    nameEn: 'Kaijonharju Wellbeing Centre',
    municipality: 'Oulu',
    streetAddress: 'Sammonpuistikko 2',
  },
  {
    id: demoUnitIds.tuira,
    nameFi: 'Tuiran hammashoitola',
    nameSv: 'Tuira tandklinik',
    nameEn: 'Tuira Dental Clinic',
    municipality: 'Oulu',
    streetAddress: 'Koskikeskuksentie 9',
  },
  {
    id: demoUnitIds.raahe,
    nameFi: 'Raahen terveysasema',
    nameSv: 'Brahestads hälsostation',
    nameEn: 'Raahe Health Centre',
    municipality: 'Raahe',
    streetAddress: 'Rantakatu 4',
  },
  {
    id: demoUnitIds.kuusamo,
    nameFi: 'Kuusamon sosiaali- ja terveysasema',
    nameSv: 'Kuusamo social- och hälsostation',
    nameEn: 'Kuusamo Social and Health Centre',
    municipality: 'Kuusamo',
    streetAddress: 'Kitkantie 33',
  },
];

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
};

export const demoServicesByUnit: Record<string, DemoService[]> = {
  [demoUnitIds.kaijonharju]: [nurse, doctor, fluVaccination, bloodSample, socialCounselling],
  [demoUnitIds.tuira]: [dentalCheck, dentalHygienist],
  [demoUnitIds.raahe]: [nurse, doctor, physiotherapy, workAbilityAssessment],
  [demoUnitIds.kuusamo]: [nurse, socialCounselling, bloodSample],
};
