import type { PersonName } from '@asiointi/platform-auth';
import type { ActingRelationKind } from '../auth/acting-for';

/** Whose data a resident procedure works on: the resident's own, or that of the person they act for. */
export interface SubjectPerson {
  /** The OIDC subject of the person. */
  subject: string;
  relation: 'self' | ActingRelationKind;
  /** The person's name: the resident's own, or the acted-for person's from the relations service. */
  name?: PersonName;
}
