// Whether one person may act for another in one scope at one instant. Deny by default: every path that
// does not end in an explicit basis is a refusal with a reason.
import {
  ageOn,
  type CalendarDateParts,
  compareCalendarDates,
  helsinkiDatePartsAt,
  parseCalendarDate,
} from '@asiointi/platform-time';
import { type ActingDecision, actingAllowed as allow, actingRefused as refuse } from './acting-decision';
import type { ActingRelation, GuardianRelation, Mandate, MandateRelation, SubjectFacts } from './acting-relation';
import type { ActingScope } from './acting-scopes';

export const AGE_OF_MAJORITY = 18;
/** From this age a guardian acts for a minor only as far as the minor allows. */
export const AGE_OF_MINOR_CONSENT = 12;

export interface ActingRequest {
  relation: ActingRelation;
  subject: SubjectFacts;
  scope: ActingScope;
  /** The instant of the request; ages and mandate dates are judged on its date in Europe/Helsinki. */
  at: Date;
}

export function decideActingOnBehalf({ relation, subject, scope, at }: ActingRequest): ActingDecision {
  if (relation.actor === relation.subject) return refuse('SAME_PERSON');
  // The marking blocks every relation: whoever holds it, no one acts for the person through this portal.
  if (subject.nonDisclosure) return refuse('NON_DISCLOSURE_MARKING');

  const birthDate = parseCalendarDate(subject.birthDate);
  if (!birthDate || Number.isNaN(at.getTime())) return refuse('INVALID_FACTS');
  const today = helsinkiDatePartsAt(at);
  const age = ageOn(birthDate, today);
  if (age < 0) return refuse('INVALID_FACTS');

  return relation.kind === 'guardian-of'
    ? decideForGuardian(relation, age, scope)
    : decideForMandateHolder(relation, age, scope, today);
}

function decideForGuardian(relation: GuardianRelation, age: number, scope: ActingScope): ActingDecision {
  if (age >= AGE_OF_MAJORITY) return refuse('SUBJECT_IS_ADULT');
  if (age < AGE_OF_MINOR_CONSENT) return allow('GUARDIAN_OF_CHILD_UNDER_12');
  return relation.minorConsent?.scopes.includes(scope)
    ? allow('GUARDIAN_WITH_MINOR_CONSENT')
    : refuse('MINOR_HAS_NOT_ALLOWED');
}

function decideForMandateHolder(
  relation: MandateRelation,
  age: number,
  scope: ActingScope,
  today: CalendarDateParts,
): ActingDecision {
  if (age < AGE_OF_MAJORITY) return refuse('SUBJECT_IS_MINOR');
  const { mandate } = relation;
  if (!mandate) return refuse('NO_MANDATE');
  const window = mandateWindow(mandate);
  if (!window) return refuse('INVALID_FACTS');
  if (compareCalendarDates(today, window.from) < 0) return refuse('MANDATE_NOT_YET_VALID');
  if (window.until && compareCalendarDates(today, window.until) > 0) return refuse('MANDATE_EXPIRED');
  if (!mandate.scopes.includes(scope)) return refuse('MANDATE_DOES_NOT_COVER_SCOPE');
  return allow('VALID_MANDATE');
}

function mandateWindow(mandate: Mandate): { from: CalendarDateParts; until: CalendarDateParts | null } | undefined {
  const from = parseCalendarDate(mandate.validFrom);
  const until = mandate.validUntil === null ? null : parseCalendarDate(mandate.validUntil);
  if (!from || until === undefined) return undefined;
  if (until && compareCalendarDates(until, from) < 0) return undefined;
  return { from, until };
}
