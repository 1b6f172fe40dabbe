import { describe, expect, it } from 'vitest';
import type { ActingRelationsResponse } from '@asiointi/platform-auth/guardianship';
import { actingChoices } from '../src/acting/acting-choices';
import { refusalMessageKey } from '../src/acting/refusal-message-key';
import { ainoSubject, annasRelations, eetuSubject } from './relations-fixture';

describe('actingChoices', () => {
  it('offers Anna her child under 12 and explains why not her 14-year-old, who has not allowed it', () => {
    const { choices, unavailable } = actingChoices(annasRelations);
    expect(choices).toEqual([
      {
        subject: eetuSubject,
        displayName: 'Eetu Virtanen',
        givenName: 'Eetu',
        relation: 'guardian-of',
        allowedScopes: ['booking', 'family-centre', 'work-ability', 'feedback'],
      },
    ]);
    expect(unavailable).toEqual([
      {
        subject: ainoSubject,
        displayName: 'Aino Virtanen',
        givenName: 'Aino',
        relation: 'guardian-of',
        reason: 'MINOR_HAS_NOT_ALLOWED',
      },
    ]);
    expect(refusalMessageKey('MINOR_HAS_NOT_ALLOWED')).toBe('acting.reasons.minorHasNotAllowed');
  });

  it('offers a 16-year-old who allows bookings only, with that one scope', () => {
    const response: ActingRelationsResponse = {
      ...annasRelations,
      relations: [
        {
          ...annasRelations.relations[1]!,
          name: { given: 'Oskari', family: 'Korhonen' },
          minorConsent: { scopes: ['booking'] },
          decisions: {
            booking: { allowed: true, basis: 'GUARDIAN_WITH_MINOR_CONSENT' },
            'family-centre': { allowed: false, reason: 'MINOR_HAS_NOT_ALLOWED' },
            'work-ability': { allowed: false, reason: 'MINOR_HAS_NOT_ALLOWED' },
            feedback: { allowed: false, reason: 'MINOR_HAS_NOT_ALLOWED' },
          },
        },
      ],
    };
    expect(actingChoices(response).choices.map((choice) => choice.allowedScopes)).toEqual([['booking']]);
  });

  it('explains an expired mandate rather than the scopes it does not cover', () => {
    const response: ActingRelationsResponse = {
      ...annasRelations,
      relations: [
        {
          ...annasRelations.relations[0]!,
          relation: 'mandate-holder-for',
          decisions: {
            booking: { allowed: false, reason: 'MANDATE_DOES_NOT_COVER_SCOPE' },
            'family-centre': { allowed: false, reason: 'MANDATE_EXPIRED' },
            'work-ability': { allowed: false, reason: 'MANDATE_EXPIRED' },
            feedback: { allowed: false, reason: 'MANDATE_EXPIRED' },
          },
        },
      ],
    };
    expect(actingChoices(response).unavailable[0]?.reason).toBe('MANDATE_EXPIRED');
  });

  it('has nothing to offer a resident without relations', () => {
    expect(actingChoices({ ...annasRelations, relations: [] })).toEqual({ choices: [], unavailable: [] });
  });
});
