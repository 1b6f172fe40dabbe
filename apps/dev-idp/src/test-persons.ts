// The people of the dev identity provider. Birth dates are set relative to the current year, so everyone
// stays in their age group (a child under 12, a 14-year-old) whenever the tests run; an identity code
// therefore changes once a year, while subjects never do. Identity codes are composed by the validator of
// platform-auth, never typed by hand.
import type { ActingRelation } from '@asiointi/platform-auth/guardianship';
import { composeIdentityCode, helsinkiDatePartsAt } from '@asiointi/platform-auth/identity-code';
import type { AssuranceLevel, Language, PersonName, RoleInUnit } from '@asiointi/platform-auth/principal';
import { TEST_UNIT_IDS } from './units/test-units';

export const TEST_SUBJECTS = {
  guardianAnna: 'a51d0000-0000-4000-8000-000000000001',
  childEetuUnder12: 'a51d0000-0000-4000-8000-000000000002',
  minorAino14NotAllowed: 'a51d0000-0000-4000-8000-000000000003',
  guardianMikko: 'a51d0000-0000-4000-8000-000000000004',
  childEllaNonDisclosure: 'a51d0000-0000-4000-8000-000000000005',
  minorOskari16AllowsBooking: 'a51d0000-0000-4000-8000-000000000006',
  swedishSpeakerEbba: 'a51d0000-0000-4000-8000-000000000007',
  elderlyAuneWithMandate: 'a51d0000-0000-4000-8000-000000000008',
  mandateHolderPekka: 'a51d0000-0000-4000-8000-000000000009',
  englishSpeakerEmily: 'a51d0000-0000-4000-8000-000000000010',
  bookingAdminLiisa: '57aff000-0000-4000-8000-000000000001',
  nurseSari: '57aff000-0000-4000-8000-000000000002',
  nurseNorthTuomas: '57aff000-0000-4000-8000-000000000003',
  familyCentreWorkerKaisa: '57aff000-0000-4000-8000-000000000004',
  workAbilityProfessionalJussi: '57aff000-0000-4000-8000-000000000005',
  feedbackAnalystHeidi: '57aff000-0000-4000-8000-000000000006',
  managerMarkku: '57aff000-0000-4000-8000-000000000007',
} as const;
export type TestPersonKey = keyof typeof TEST_SUBJECTS;

interface TestPersonBase {
  key: TestPersonKey;
  subject: string;
  name: PersonName;
  language: Language;
  /** Shown on the sign-in page. */
  description: Record<Language, string>;
}

export interface TestResident extends TestPersonBase {
  kind: 'resident';
  identityCode: string;
  birthDate: string;
  assuranceLevel: AssuranceLevel;
  /** A non-disclosure marking (turvakielto) in the population register. */
  nonDisclosure: boolean;
}

export interface TestStaffMember extends TestPersonBase {
  kind: 'staff';
  roles: RoleInUnit[];
}

export type TestPerson = TestResident | TestStaffMember;

export interface TestPersonSeed {
  referenceYear: number;
  persons: TestPerson[];
  /** Guardianships and mandates, with the minors' choices. */
  relations: ActingRelation[];
}

interface ResidentSpec {
  key: TestPersonKey;
  given: string;
  family: string;
  /** The age reached during the reference year. */
  ageThisYear: number;
  birthday: `${string}-${string}`;
  individualNumber: number;
  centurySign?: string;
  language: Language;
  assuranceLevel: AssuranceLevel;
  nonDisclosure?: boolean;
  description: Record<Language, string>;
}

const residentSpecs: ResidentSpec[] = [
  {
    key: 'guardianAnna', given: 'Anna', family: 'Virtanen', ageThisYear: 38, birthday: '04-17', individualNumber: 246,
    language: 'fi', assuranceLevel: 'substantial',
    description: {
      fi: 'Huoltaja: Eetu (alle 12 v.) ja Aino (14 v., ei ole antanut lupaa)',
      sv: 'Vårdnadshavare: Eetu (under 12 år) och Aino (14 år, har inte gett lov)',
      en: 'Guardian of Eetu (under 12) and Aino (14, has not given permission)',
    },
  },
  {
    key: 'childEetuUnder12', given: 'Eetu', family: 'Virtanen', ageThisYear: 8, birthday: '03-02', individualNumber: 371,
    language: 'fi', assuranceLevel: 'substantial',
    description: { fi: 'Lapsi', sv: 'Barn', en: 'Child' },
  },
  {
    key: 'minorAino14NotAllowed', given: 'Aino', family: 'Virtanen', ageThisYear: 14, birthday: '01-12', individualNumber: 482,
    language: 'fi', assuranceLevel: 'substantial',
    description: {
      fi: 'Nuori, ei ole antanut huoltajalle lupaa asioida puolestaan',
      sv: 'Ung, har inte gett vårdnadshavaren lov att sköta ärenden för hen',
      en: 'Young person, has not allowed the guardian to act for her',
    },
  },
  {
    key: 'guardianMikko', given: 'Mikko', family: 'Korhonen', ageThisYear: 45, birthday: '09-30', individualNumber: 157,
    language: 'fi', assuranceLevel: 'high',
    description: {
      fi: 'Huoltaja: Ella (turvakielto) ja Oskari (16 v., sallii ajanvaraukset)',
      sv: 'Vårdnadshavare: Ella (spärrmarkering) och Oskari (16 år, tillåter tidsbokning)',
      en: 'Guardian of Ella (non-disclosure marking) and Oskari (16, allows bookings)',
    },
  },
  {
    key: 'childEllaNonDisclosure', given: 'Ella', family: 'Korhonen', ageThisYear: 9, birthday: '06-05', individualNumber: 628,
    language: 'fi', assuranceLevel: 'substantial', nonDisclosure: true,
    description: {
      fi: 'Lapsi, turvakielto: huoltaja ei voi asioida puolesta',
      sv: 'Barn, spärrmarkering: vårdnadshavaren kan inte sköta ärenden för hen',
      en: 'Child, non-disclosure marking: the guardian cannot act for her',
    },
  },
  {
    key: 'minorOskari16AllowsBooking', given: 'Oskari', family: 'Korhonen', ageThisYear: 16, birthday: '02-20', individualNumber: 713,
    centurySign: 'B', language: 'fi', assuranceLevel: 'substantial',
    description: {
      fi: 'Nuori, sallii huoltajan varata aikoja',
      sv: 'Ung, tillåter vårdnadshavaren att boka tider',
      en: 'Young person, allows the guardian to make bookings',
    },
  },
  {
    key: 'swedishSpeakerEbba', given: 'Ebba', family: 'Nyholm', ageThisYear: 52, birthday: '08-14', individualNumber: 534,
    centurySign: 'Y', language: 'sv', assuranceLevel: 'substantial',
    description: {
      fi: 'Ruotsinkielinen asukas, Närpiö',
      sv: 'Svenskspråkig invånare, Närpes',
      en: 'Swedish-speaking resident, Närpes',
    },
  },
  {
    key: 'elderlyAuneWithMandate', given: 'Aune', family: 'Mäkinen', ageThisYear: 88, birthday: '11-03', individualNumber: 268,
    language: 'fi', assuranceLevel: 'substantial',
    description: {
      fi: 'Iäkäs asukas, valtuuttanut poikansa Pekan',
      sv: 'Äldre invånare, har gett sin son Pekka fullmakt',
      en: 'Elderly resident, has given her son Pekka a mandate',
    },
  },
  {
    key: 'mandateHolderPekka', given: 'Pekka', family: 'Mäkinen', ageThisYear: 61, birthday: '05-22', individualNumber: 319,
    language: 'fi', assuranceLevel: 'high',
    description: {
      fi: 'Aikuinen lapsi, valtuutettu asioimaan äitinsä Aunen puolesta',
      sv: 'Vuxet barn, har fullmakt att sköta ärenden för sin mor Aune',
      en: 'Adult child, holds a mandate to act for his mother Aune',
    },
  },
  {
    key: 'englishSpeakerEmily', given: 'Emily', family: 'Clarke', ageThisYear: 29, birthday: '12-01', individualNumber: 846,
    language: 'en', assuranceLevel: 'high',
    description: { fi: 'Englanninkielinen asukas', sv: 'Engelskspråkig invånare', en: 'English-speaking resident' },
  },
];

interface StaffSpec {
  key: TestPersonKey;
  given: string;
  family: string;
  language: Language;
  roles: RoleInUnit[];
  description: Record<Language, string>;
}

const staffSpecs: StaffSpec[] = [
  {
    key: 'bookingAdminLiisa', given: 'Liisa', family: 'Laaksonen', language: 'fi',
    roles: [
      { role: 'booking-admin', unitId: TEST_UNIT_IDS.centralHealthCentre },
      { role: 'booking-admin', unitId: TEST_UNIT_IDS.northHealthCentre },
    ],
    description: { fi: 'Ajanvarauksen pääkäyttäjä, Kaijonharju ja Kuusamo', sv: 'Huvudanvändare för tidsbokning, Kaijonharju och Kuusamo', en: 'Booking administrator, Kaijonharju and Kuusamo' },
  },
  {
    key: 'nurseSari', given: 'Sari', family: 'Niemi', language: 'fi',
    roles: [{ role: 'nurse', unitId: TEST_UNIT_IDS.centralHealthCentre }],
    description: { fi: 'Sairaanhoitaja, Kaijonharjun hyvinvointikeskus', sv: 'Sjukskötare, Kaijonharju välfärdscentral', en: 'Nurse, Kaijonharju Wellbeing Centre' },
  },
  {
    key: 'nurseNorthTuomas', given: 'Tuomas', family: 'Järvinen', language: 'fi',
    roles: [{ role: 'nurse', unitId: TEST_UNIT_IDS.northHealthCentre }],
    description: { fi: 'Sairaanhoitaja, Kuusamon sosiaali- ja terveysasema (toinen yksikkö)', sv: 'Sjukskötare, Kuusamo social- och hälsostation (annan enhet)', en: 'Nurse, Kuusamo Social and Health Centre (another unit)' },
  },
  {
    key: 'familyCentreWorkerKaisa', given: 'Kaisa', family: 'Heikkinen', language: 'fi',
    roles: [{ role: 'family-centre-worker', unitId: TEST_UNIT_IDS.familyCentre }],
    description: { fi: 'Perhekeskuksen työntekijä', sv: 'Anställd vid familjecentralen', en: 'Family centre worker' },
  },
  {
    key: 'workAbilityProfessionalJussi', given: 'Jussi', family: 'Salo', language: 'fi',
    roles: [{ role: 'work-ability-professional', unitId: TEST_UNIT_IDS.workAbilityTeam }],
    description: { fi: 'Työkyvyn tuen ammattilainen', sv: 'Yrkesperson inom stöd för arbetsförmåga', en: 'Work-ability professional' },
  },
  {
    key: 'feedbackAnalystHeidi', given: 'Heidi', family: 'Lindqvist', language: 'sv',
    roles: [
      { role: 'feedback-analyst', unitId: TEST_UNIT_IDS.centralHealthCentre },
      { role: 'feedback-analyst', unitId: TEST_UNIT_IDS.familyCentre },
    ],
    description: { fi: 'Palauteanalyytikko (ruotsinkielinen)', sv: 'Responsanalytiker (svenskspråkig)', en: 'Feedback analyst (Swedish-speaking)' },
  },
  {
    key: 'managerMarkku', given: 'Markku', family: 'Koskinen', language: 'fi',
    roles: [
      { role: 'manager', unitId: TEST_UNIT_IDS.centralHealthCentre },
      { role: 'manager', unitId: TEST_UNIT_IDS.familyCentre },
    ],
    description: { fi: 'Esihenkilö, sote-keskus ja perhekeskus', sv: 'Chef, central och familjecentral', en: 'Manager, centre and family centre' },
  },
];

function residentFrom(spec: ResidentSpec, referenceYear: number): TestResident {
  const birthDate = `${String(referenceYear - spec.ageThisYear).padStart(4, '0')}-${spec.birthday}`;
  return {
    kind: 'resident',
    key: spec.key,
    subject: TEST_SUBJECTS[spec.key],
    identityCode: composeIdentityCode({ birthDate, individualNumber: spec.individualNumber, centurySign: spec.centurySign }),
    birthDate,
    name: { given: spec.given, family: spec.family },
    language: spec.language,
    assuranceLevel: spec.assuranceLevel,
    nonDisclosure: spec.nonDisclosure ?? false,
    description: spec.description,
  };
}

function staffFrom(spec: StaffSpec): TestStaffMember {
  return {
    kind: 'staff',
    key: spec.key,
    subject: TEST_SUBJECTS[spec.key],
    name: { given: spec.given, family: spec.family },
    language: spec.language,
    roles: spec.roles,
    description: spec.description,
  };
}

function relationsFor(referenceYear: number): ActingRelation[] {
  const s = TEST_SUBJECTS;
  return [
    { kind: 'guardian-of', actor: s.guardianAnna, subject: s.childEetuUnder12, minorConsent: null },
    { kind: 'guardian-of', actor: s.guardianAnna, subject: s.minorAino14NotAllowed, minorConsent: null },
    { kind: 'guardian-of', actor: s.guardianMikko, subject: s.childEllaNonDisclosure, minorConsent: null },
    { kind: 'guardian-of', actor: s.guardianMikko, subject: s.minorOskari16AllowsBooking, minorConsent: { scopes: ['booking'] } },
    {
      kind: 'mandate-holder-for',
      actor: s.mandateHolderPekka,
      subject: s.elderlyAuneWithMandate,
      mandate: { scopes: ['booking', 'feedback'], validFrom: `${referenceYear - 1}-09-01`, validUntil: `${referenceYear + 2}-08-31` },
    },
  ];
}

export function createTestPersons(referenceYear: number): TestPersonSeed {
  return {
    referenceYear,
    persons: [...residentSpecs.map((spec) => residentFrom(spec, referenceYear)), ...staffSpecs.map(staffFrom)],
    relations: relationsFor(referenceYear),
  };
}

/** The seed for this year (in Helsinki). */
export const testPersonSeed: TestPersonSeed = createTestPersons(helsinkiDatePartsAt(new Date()).year);
export const testPersons: readonly TestPerson[] = testPersonSeed.persons;

export function testPerson(key: TestPersonKey): TestPerson {
  const person = testPersons.find((candidate) => candidate.key === key);
  if (!person) throw new Error(`No test person ${key}`);
  return person;
}

export function testResident(key: TestPersonKey): TestResident {
  const person = testPerson(key);
  if (person.kind !== 'resident') throw new Error(`${key} is not a resident`);
  return person;
}
