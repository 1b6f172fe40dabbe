// The claims of a person, under the names platform-auth reads. The same set goes into the ID token
// (filtered by the scopes granted) and into the services' access token.
import {
  ACR_BY_ASSURANCE_LEVEL,
  IDENTITY_CODE_CLAIM,
  STAFF_ROLES_CLAIM,
} from '@asiointi/platform-auth/principal';
import type { DirectoryPerson } from './account-directory';

export function personClaims(person: DirectoryPerson): Record<string, unknown> {
  const common = {
    sub: person.subject,
    given_name: person.name.given,
    family_name: person.name.family,
    name: `${person.name.given} ${person.name.family}`,
    locale: person.language,
  };
  return person.kind === 'resident'
    ? { ...common, [IDENTITY_CODE_CLAIM]: person.identityCode }
    : { ...common, [STAFF_ROLES_CLAIM]: person.roles.map(({ role, unitId }) => ({ role, unitId })) };
}

/** Residents identify at their own level; staff sign in at substantial in this test provider. */
export function personAcr(person: DirectoryPerson): string {
  return ACR_BY_ASSURANCE_LEVEL[person.kind === 'resident' ? person.assuranceLevel : 'substantial'];
}
