import type { ActingRelationKind } from '../auth/acting-for';

/** Whose data a resident procedure works on: the resident's own, or that of the person they act for. */
export interface SubjectPerson {
  /** The OIDC subject of the person. */
  subject: string;
  relation: 'self' | ActingRelationKind;
}
