// The unit directory of the development county: the units (toimipiste) test staff work in and every demo
// unit of every module, served at GET /units as the region's organisation register would serve them.
// Fixed ids, so that seed data of other modules and tests can refer to them. The four health and dental
// units are the booking demo units (the same ids, names, municipalities, addresses and phone numbers as
// demoUnits of @asiointi/booking-data); booking-data's tests check that the copies stay equal. The
// provider imports nothing from a module: the entries are repeated here on purpose.
// Register ids (OIDs) are of the example form 1.2.246.10.1234567.10.n, not real ones; the phone numbers
// follow the booking demo data and the e-mail addresses are at example.fi.
import type { UnitDirectoryEntry } from '@asiointi/platform-contract';

export const TEST_UNIT_IDS = {
  centralHealthCentre: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
  tuiraDentalClinic: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a02',
  raaheHealthCentre: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a03',
  northHealthCentre: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a04',
  familyCentre: 'b0a00000-0000-4000-8000-000000000003',
  workAbilityTeam: 'b0a00000-0000-4000-8000-000000000004',
  clientGuidance: 'b0a00000-0000-4000-8000-000000000005',
} as const;

export const TEST_UNITS: readonly UnitDirectoryEntry[] = [
  {
    id: TEST_UNIT_IDS.centralHealthCentre,
    oid: '1.2.246.10.1234567.10.1',
    name: { fi: 'Kaijonharjun hyvinvointikeskus', sv: 'Kaijonharju välfärdscentral', en: 'Kaijonharju Wellbeing Centre' },
    municipality: 'Oulu',
    streetAddress: 'Sammonpuistikko 2',
    postalCode: '90570',
    postOffice: 'Oulu',
    phone: '+358 8 5584 1000',
    email: 'kaijonharju@example.fi',
  },
  {
    id: TEST_UNIT_IDS.tuiraDentalClinic,
    oid: '1.2.246.10.1234567.10.2',
    name: { fi: 'Tuiran hammashoitola', sv: 'Tuira tandklinik', en: 'Tuira Dental Clinic' },
    municipality: 'Oulu',
    streetAddress: 'Koskikeskuksentie 9',
    postalCode: '90500',
    postOffice: 'Oulu',
    phone: '+358 8 5584 2000',
    email: 'tuiran.hammashoitola@example.fi',
  },
  {
    id: TEST_UNIT_IDS.raaheHealthCentre,
    oid: '1.2.246.10.1234567.10.3',
    name: { fi: 'Raahen terveysasema', sv: 'Brahestads hälsostation', en: 'Raahe Health Centre' },
    municipality: 'Raahe',
    streetAddress: 'Rantakatu 4',
    postalCode: '92100',
    postOffice: 'Raahe',
    phone: '+358 8 5584 3000',
    email: 'raahen.terveysasema@example.fi',
  },
  {
    id: TEST_UNIT_IDS.northHealthCentre,
    oid: '1.2.246.10.1234567.10.4',
    name: { fi: 'Kuusamon sosiaali- ja terveysasema', sv: 'Kuusamo social- och hälsostation', en: 'Kuusamo Social and Health Centre' },
    municipality: 'Kuusamo',
    streetAddress: 'Kitkantie 33',
    postalCode: '93600',
    postOffice: 'Kuusamo',
    phone: '+358 8 5584 4000',
    email: 'kuusamon.sote-asema@example.fi',
  },
  {
    id: TEST_UNIT_IDS.familyCentre,
    oid: '1.2.246.10.1234567.10.5',
    name: { fi: 'Keskustan perhekeskus', sv: 'Centrums familjecentral', en: 'Central family centre' },
    municipality: 'Oulu',
    streetAddress: 'Kirkkokatu 21',
    postalCode: '90100',
    postOffice: 'Oulu',
    phone: '+358 8 5584 5000',
    email: 'perhekeskus@example.fi',
  },
  {
    // A multidisciplinary team rather than a registered service unit: it has no register id.
    id: TEST_UNIT_IDS.workAbilityTeam,
    oid: null,
    name: { fi: 'Työkyvyn tuen tiimi', sv: 'Teamet för stöd för arbetsförmågan', en: 'Work-ability support team' },
    municipality: 'Oulu',
    streetAddress: 'Sammonpuistikko 2',
    postalCode: '90570',
    postOffice: 'Oulu',
    phone: '+358 8 5584 6000',
    email: 'tyokyky@example.fi',
  },
  {
    id: TEST_UNIT_IDS.clientGuidance,
    oid: '1.2.246.10.1234567.10.7',
    name: { fi: 'Asiakasohjaus', sv: 'Klienthandledning', en: 'Client guidance' },
    municipality: 'Oulu',
    streetAddress: 'Torikatu 38',
    postalCode: '90100',
    postOffice: 'Oulu',
    phone: '+358 8 5584 7000',
    email: 'asiakasohjaus@example.fi',
  },
];
