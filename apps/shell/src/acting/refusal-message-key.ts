import type { ActingRefusal } from '@asiointi/platform-auth/guardianship';

export type RefusalMessageKey =
  | 'acting.reasons.minorHasNotAllowed'
  | 'acting.reasons.subjectIsAdult'
  | 'acting.reasons.noMandate'
  | 'acting.reasons.mandateNotYetValid'
  | 'acting.reasons.mandateExpired'
  | 'acting.reasons.mandateDoesNotCover'
  | 'acting.reasons.other';

/** A refusal in plain language. Reasons a person can do nothing about share one message. */
export function refusalMessageKey(reason: ActingRefusal): RefusalMessageKey {
  switch (reason) {
    case 'MINOR_HAS_NOT_ALLOWED':
      return 'acting.reasons.minorHasNotAllowed';
    case 'SUBJECT_IS_ADULT':
      return 'acting.reasons.subjectIsAdult';
    case 'NO_MANDATE':
      return 'acting.reasons.noMandate';
    case 'MANDATE_NOT_YET_VALID':
      return 'acting.reasons.mandateNotYetValid';
    case 'MANDATE_EXPIRED':
      return 'acting.reasons.mandateExpired';
    case 'MANDATE_DOES_NOT_COVER_SCOPE':
      return 'acting.reasons.mandateDoesNotCover';
    default:
      return 'acting.reasons.other';
  }
}
