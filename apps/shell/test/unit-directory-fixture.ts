import type { UnitDirectoryResponse } from '@asiointi/platform-contract';

/** A unit of the dev provider's directory (the same id and names). */
export const kaijonharjuUnitId = '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01';
/** A unit the directory does not list. */
export const unlistedUnitId = 'b0a00000-0000-4000-8000-000000000099';

/** What the dev provider's GET /units answers, cut to one unit. */
export const unitDirectory: UnitDirectoryResponse = {
  units: [
    {
      id: kaijonharjuUnitId,
      oid: '1.2.246.10.1234567.10.1',
      name: {
        fi: 'Kaijonharjun hyvinvointikeskus',
        sv: 'Kaijonharju välfärdscentral',
        en: 'Kaijonharju Wellbeing Centre',
      },
      municipality: 'Oulu',
      streetAddress: 'Sammonpuistikko 2',
      postalCode: '90570',
      postOffice: 'Oulu',
      phone: '+358 8 5584 1000',
      email: 'kaijonharju@example.fi',
    },
  ],
};
