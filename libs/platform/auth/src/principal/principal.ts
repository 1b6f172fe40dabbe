// Who made a request, as the services see it after verifying the access token.
import type { IdentityCode } from '../identity-code/identity-code';
import type { AssuranceLevel } from './assurance-level';
import type { Language } from './language';
import type { RoleInUnit } from './staff-role';

export interface PersonName {
  given: string;
  family: string;
}

export interface ResidentPrincipal {
  kind: 'resident';
  /** The provider's opaque, stable subject identifier. */
  subject: string;
  /** Validated; prints as a placeholder, `reveal()` gives the code. */
  identityCode: IdentityCode;
  name: PersonName;
  language: Language;
  assuranceLevel: AssuranceLevel;
}

export interface StaffPrincipal {
  kind: 'staff';
  subject: string;
  name: PersonName;
  language: Language;
  roles: readonly RoleInUnit[];
}

export type Principal = ResidentPrincipal | StaffPrincipal;
