import { describe, expect, it } from 'vitest';
import {
  ACTING_SCOPES,
  type ActingDecision,
  type ActingRelation,
  type ActingScope,
  type Mandate,
  type MinorConsent,
  decideActingOnBehalf,
  decideForEveryScope,
} from '../src/guardianship/index';

// A child born 23 November 2014 turns 12 at 00:00 Helsinki time on 23 November 2026, which is 22:00 UTC
// on the 22nd (winter time, UTC+2).
const lastMomentAged11 = new Date('2026-11-22T21:59:59Z');
const firstMomentAged12 = new Date('2026-11-22T22:00:00Z');

const guardianOf = (minorConsent: MinorConsent | null = null): ActingRelation => ({
  kind: 'guardian-of',
  actor: 'guardian',
  subject: 'child',
  minorConsent,
});
const mandateHolderFor = (mandate: Mandate | null): ActingRelation => ({
  kind: 'mandate-holder-for',
  actor: 'adult-child',
  subject: 'parent',
  mandate,
});
const facts = (birthDate: string, nonDisclosure = false) => ({ birthDate, nonDisclosure });
const allowed = (basis: string): ActingDecision => ({ allowed: true, basis } as ActingDecision);
const refused = (reason: string): ActingDecision => ({ allowed: false, reason } as ActingDecision);

const bookingOnly: MinorConsent = { scopes: ['booking'] };
const mandate: Mandate = { scopes: ['booking', 'feedback'], validFrom: '2024-01-01', validUntil: '2027-12-31' };

interface Case {
  name: string;
  relation: ActingRelation;
  subject: { birthDate: string; nonDisclosure: boolean };
  scope: ActingScope;
  at: Date;
  expected: ActingDecision;
}

const cases: Case[] = [
  // Guardians and children under 12.
  { name: 'guardian of a 7-year-old', relation: guardianOf(), subject: facts('2019-03-15'), scope: 'booking', at: firstMomentAged12, expected: allowed('GUARDIAN_OF_CHILD_UNDER_12') },
  { name: 'guardian of a newborn', relation: guardianOf(), subject: facts('2026-11-20'), scope: 'family-centre', at: firstMomentAged12, expected: allowed('GUARDIAN_OF_CHILD_UNDER_12') },
  { name: 'guardian, the last second before the 12th birthday (Helsinki)', relation: guardianOf(), subject: facts('2014-11-23'), scope: 'booking', at: lastMomentAged11, expected: allowed('GUARDIAN_OF_CHILD_UNDER_12') },
  { name: 'guardian, the first second of the 12th birthday (Helsinki), no consent', relation: guardianOf(), subject: facts('2014-11-23'), scope: 'booking', at: firstMomentAged12, expected: refused('MINOR_HAS_NOT_ALLOWED') },
  { name: 'guardian, 12th birthday, minor allowed booking', relation: guardianOf(bookingOnly), subject: facts('2014-11-23'), scope: 'booking', at: firstMomentAged12, expected: allowed('GUARDIAN_WITH_MINOR_CONSENT') },
  // 12–17: only what the minor allowed.
  { name: 'guardian of a 14-year-old who allowed nothing', relation: guardianOf(), subject: facts('2012-06-01'), scope: 'booking', at: firstMomentAged12, expected: refused('MINOR_HAS_NOT_ALLOWED') },
  { name: 'guardian of a 14-year-old with an empty consent', relation: guardianOf({ scopes: [] }), subject: facts('2012-06-01'), scope: 'booking', at: firstMomentAged12, expected: refused('MINOR_HAS_NOT_ALLOWED') },
  { name: 'guardian of a 16-year-old, allowed scope', relation: guardianOf(bookingOnly), subject: facts('2010-01-10'), scope: 'booking', at: firstMomentAged12, expected: allowed('GUARDIAN_WITH_MINOR_CONSENT') },
  { name: 'guardian of a 16-year-old, scope not allowed', relation: guardianOf(bookingOnly), subject: facts('2010-01-10'), scope: 'family-centre', at: firstMomentAged12, expected: refused('MINOR_HAS_NOT_ALLOWED') },
  // 18th birthday ends guardianship.
  { name: 'guardian, the day before the 18th birthday', relation: guardianOf(bookingOnly), subject: facts('2008-11-23'), scope: 'booking', at: lastMomentAged11, expected: allowed('GUARDIAN_WITH_MINOR_CONSENT') },
  { name: 'guardian, on the 18th birthday', relation: guardianOf(bookingOnly), subject: facts('2008-11-23'), scope: 'booking', at: firstMomentAged12, expected: refused('SUBJECT_IS_ADULT') },
  { name: 'guardian of a leap-day child on 28 Feb of the 18th year', relation: guardianOf(bookingOnly), subject: facts('2008-02-29'), scope: 'booking', at: new Date('2026-02-27T22:00:00Z'), expected: refused('SUBJECT_IS_ADULT') },
  { name: 'guardian of a leap-day child on 27 Feb of the 18th year', relation: guardianOf(bookingOnly), subject: facts('2008-02-29'), scope: 'booking', at: new Date('2026-02-27T21:59:59Z'), expected: allowed('GUARDIAN_WITH_MINOR_CONSENT') },
  // Non-disclosure marking blocks everything.
  { name: 'guardian of a 5-year-old with a non-disclosure marking', relation: guardianOf(), subject: facts('2021-05-05', true), scope: 'booking', at: firstMomentAged12, expected: refused('NON_DISCLOSURE_MARKING') },
  { name: 'guardian of a 15-year-old with a marking who allowed booking', relation: guardianOf(bookingOnly), subject: facts('2011-05-05', true), scope: 'booking', at: firstMomentAged12, expected: refused('NON_DISCLOSURE_MARKING') },
  { name: 'mandate holder for an adult with a marking', relation: mandateHolderFor(mandate), subject: facts('1939-04-04', true), scope: 'booking', at: firstMomentAged12, expected: refused('NON_DISCLOSURE_MARKING') },
  // Adults: a valid mandate covering the scope.
  { name: 'valid mandate covering the scope', relation: mandateHolderFor(mandate), subject: facts('1939-04-04'), scope: 'booking', at: firstMomentAged12, expected: allowed('VALID_MANDATE') },
  { name: 'valid mandate, other scope', relation: mandateHolderFor(mandate), subject: facts('1939-04-04'), scope: 'work-ability', at: firstMomentAged12, expected: refused('MANDATE_DOES_NOT_COVER_SCOPE') },
  { name: 'no mandate', relation: mandateHolderFor(null), subject: facts('1939-04-04'), scope: 'booking', at: firstMomentAged12, expected: refused('NO_MANDATE') },
  { name: 'mandate starting tomorrow (Helsinki)', relation: mandateHolderFor({ ...mandate, validFrom: '2026-11-24' }), subject: facts('1939-04-04'), scope: 'booking', at: firstMomentAged12, expected: refused('MANDATE_NOT_YET_VALID') },
  { name: 'mandate starting today (Helsinki, UTC still yesterday)', relation: mandateHolderFor({ ...mandate, validFrom: '2026-11-23' }), subject: facts('1939-04-04'), scope: 'booking', at: firstMomentAged12, expected: allowed('VALID_MANDATE') },
  { name: 'mandate ending yesterday (Helsinki)', relation: mandateHolderFor({ ...mandate, validUntil: '2026-11-22' }), subject: facts('1939-04-04'), scope: 'booking', at: firstMomentAged12, expected: refused('MANDATE_EXPIRED') },
  { name: 'mandate ending today is valid all day', relation: mandateHolderFor({ ...mandate, validUntil: '2026-11-23' }), subject: facts('1939-04-04'), scope: 'booking', at: firstMomentAged12, expected: allowed('VALID_MANDATE') },
  { name: 'mandate until further notice', relation: mandateHolderFor({ ...mandate, validUntil: null }), subject: facts('1939-04-04'), scope: 'feedback', at: firstMomentAged12, expected: allowed('VALID_MANDATE') },
  { name: 'mandate for a 17-year-old', relation: mandateHolderFor(mandate), subject: facts('2009-01-01'), scope: 'booking', at: firstMomentAged12, expected: refused('SUBJECT_IS_MINOR') },
  // Nonsense facts are refused, not guessed at.
  { name: 'birth date in the future', relation: guardianOf(), subject: facts('2027-01-01'), scope: 'booking', at: firstMomentAged12, expected: refused('INVALID_FACTS') },
  { name: 'unreadable birth date', relation: guardianOf(), subject: facts('23.11.2014'), scope: 'booking', at: firstMomentAged12, expected: refused('INVALID_FACTS') },
  { name: 'mandate window ending before it starts', relation: mandateHolderFor({ ...mandate, validFrom: '2026-01-01', validUntil: '2025-01-01' }), subject: facts('1939-04-04'), scope: 'booking', at: firstMomentAged12, expected: refused('INVALID_FACTS') },
  { name: 'invalid instant', relation: guardianOf(), subject: facts('2019-03-15'), scope: 'booking', at: new Date(Number.NaN), expected: refused('INVALID_FACTS') },
  { name: 'acting for oneself is not acting on behalf', relation: { kind: 'guardian-of', actor: 'same', subject: 'same', minorConsent: null }, subject: facts('2019-03-15'), scope: 'booking', at: firstMomentAged12, expected: refused('SAME_PERSON') },
];

describe('decideActingOnBehalf', () => {
  it.each(cases)('$name', ({ relation, subject, scope, at, expected }) => {
    expect(decideActingOnBehalf({ relation, subject, scope, at })).toEqual(expected);
  });
});

describe('decideForEveryScope', () => {
  it('decides each scope separately', () => {
    const decisions = decideForEveryScope({ relation: guardianOf(bookingOnly), subject: facts('2012-06-01'), at: firstMomentAged12 });
    // Every scope the relations service knows (modules made later are added to ACTING_SCOPES).
    expect(Object.keys(decisions).sort()).toEqual([...ACTING_SCOPES].sort());
    expect(decisions.booking).toEqual(allowed('GUARDIAN_WITH_MINOR_CONSENT'));
    for (const scope of ACTING_SCOPES.filter((each) => each !== 'booking')) {
      expect(decisions[scope], scope).toEqual(refused('MINOR_HAS_NOT_ALLOWED'));
    }
  });
});
