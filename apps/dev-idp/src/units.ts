// The units (toimipiste) the test staff work in. Fixed ids, so that seed data of other modules and tests
// can refer to them. The two health centres are units of the booking demo data (the same UUIDs and names
// as demoUnitIds.kaijonharju and demoUnitIds.kuusamo of @asiointi/booking-data), so that the test booking
// administrator administers real demo units; booking-data's tests check that the two stay equal. The
// provider imports nothing from a module: the ids are repeated here on purpose.
import type { Language } from '@asiointi/platform-auth/principal';

export interface TestUnit {
  id: string;
  name: Record<Language, string>;
}

export const TEST_UNIT_IDS = {
  centralHealthCentre: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
  northHealthCentre: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a04',
  familyCentre: 'b0a00000-0000-4000-8000-000000000003',
  workAbilityTeam: 'b0a00000-0000-4000-8000-000000000004',
} as const;

export const TEST_UNITS: readonly TestUnit[] = [
  {
    id: TEST_UNIT_IDS.centralHealthCentre,
    name: { fi: 'Kaijonharjun hyvinvointikeskus', sv: 'Kaijonharju välfärdscentral', en: 'Kaijonharju Wellbeing Centre' },
  },
  {
    id: TEST_UNIT_IDS.northHealthCentre,
    name: { fi: 'Kuusamon sosiaali- ja terveysasema', sv: 'Kuusamo social- och hälsostation', en: 'Kuusamo Social and Health Centre' },
  },
  {
    id: TEST_UNIT_IDS.familyCentre,
    name: { fi: 'Keskustan perhekeskus', sv: 'Centrums familjecentral', en: 'Central family centre' },
  },
  {
    id: TEST_UNIT_IDS.workAbilityTeam,
    name: { fi: 'Työkyvyn tuen tiimi', sv: 'Teamet för stöd för arbetsförmågan', en: 'Work-ability support team' },
  },
];
