// The facts the acting-on-behalf rules need. In production they come from the population register
// (guardianship, non-disclosure) and the mandate service (Suomi.fi Valtuudet); in development from the
// dev identity provider's seed.
import type { ActingScope } from './acting-scopes';

/** What the minor (12–17) has allowed this guardian to do. No record means nothing is allowed. */
export interface MinorConsent {
  scopes: readonly ActingScope[];
}

/** A mandate an adult has given. Dates ("YYYY-MM-DD") are inclusive and judged in Europe/Helsinki. */
export interface Mandate {
  scopes: readonly ActingScope[];
  validFrom: string;
  /** null: until further notice. */
  validUntil: string | null;
}

export interface GuardianRelation {
  kind: 'guardian-of';
  /** The guardian's subject. */
  actor: string;
  /** The child's subject. */
  subject: string;
  minorConsent: MinorConsent | null;
}

export interface MandateRelation {
  kind: 'mandate-holder-for';
  actor: string;
  subject: string;
  mandate: Mandate | null;
}

export type ActingRelation = GuardianRelation | MandateRelation;
export type ActingRelationKind = ActingRelation['kind'];

export interface SubjectFacts {
  /** From the subject's identity code or the register, "YYYY-MM-DD". */
  birthDate: string;
  /** A non-disclosure marking for personal safety (turvakielto) in the population register. */
  nonDisclosure: boolean;
}
