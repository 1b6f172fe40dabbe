import type { ActingRelationsResponse } from '@asiointi/platform-auth/guardianship';

const allowedUnder12 = { allowed: true, basis: 'GUARDIAN_OF_CHILD_UNDER_12' } as const;
const minorHasNotAllowed = { allowed: false, reason: 'MINOR_HAS_NOT_ALLOWED' } as const;

export const eetuSubject = 'a51d0000-0000-4000-8000-000000000002';
export const ainoSubject = 'a51d0000-0000-4000-8000-000000000003';

/** What the dev provider's GET /relations answers for Anna: Eetu (8) allowed, Aino (14) refused. */
export const annasRelations: ActingRelationsResponse = {
  actor: 'a51d0000-0000-4000-8000-000000000001',
  evaluatedAt: '2026-03-02T08:00:00.000Z',
  relations: [
    {
      subject: eetuSubject,
      relation: 'guardian-of',
      name: { given: 'Eetu', family: 'Virtanen' },
      birthDate: '2018-03-02',
      minorConsent: null,
      mandate: null,
      decisions: {
        booking: allowedUnder12,
        'family-centre': allowedUnder12,
        'work-ability': allowedUnder12,
        feedback: allowedUnder12,
      },
    },
    {
      subject: ainoSubject,
      relation: 'guardian-of',
      name: { given: 'Aino', family: 'Virtanen' },
      birthDate: '2012-01-12',
      minorConsent: null,
      mandate: null,
      decisions: {
        booking: minorHasNotAllowed,
        'family-centre': minorHasNotAllowed,
        'work-ability': minorHasNotAllowed,
        feedback: minorHasNotAllowed,
      },
    },
  ],
};
