// The units (toimipiste) the test staff work in. Fixed ids, so that seed data of other modules and tests
// can refer to them.
import type { Language } from '@asiointi/platform-auth/principal';

export interface TestUnit {
  id: string;
  name: Record<Language, string>;
}

export const TEST_UNIT_IDS = {
  centralHealthCentre: 'b0a00000-0000-4000-8000-000000000001',
  northHealthCentre: 'b0a00000-0000-4000-8000-000000000002',
  familyCentre: 'b0a00000-0000-4000-8000-000000000003',
  workAbilityTeam: 'b0a00000-0000-4000-8000-000000000004',
} as const;

export const TEST_UNITS: readonly TestUnit[] = [
  {
    id: TEST_UNIT_IDS.centralHealthCentre,
    name: { fi: 'Keskustan sote-keskus', sv: 'Centrums social- och hälsocentral', en: 'Central health and social services centre' },
  },
  {
    id: TEST_UNIT_IDS.northHealthCentre,
    name: { fi: 'Pohjoisen sote-keskus', sv: 'Norra social- och hälsocentralen', en: 'North health and social services centre' },
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
