import type { IdTokenClaims } from 'oidc-client-ts';
import {
  portalLanguageOf,
  STAFF_ROLES_CLAIM,
  staffRolesClaimSchema,
  type Language,
  type RoleInUnit,
} from '@asiointi/platform-auth/principal';

/** The signed-in person as the shell shows them: from the ID token, which the shell may read. */
export interface SignedInPerson {
  subject: string;
  displayName: string;
  /** A token with a roles claim is a staff member's; any other is a resident's. */
  kind: 'resident' | 'staff';
  roles: readonly RoleInUnit[];
  /** The language the identity provider knows them by (`locale`), when it is one the portal serves. */
  language?: Language | undefined;
}

export function signedInPersonFrom(claims: IdTokenClaims): SignedInPerson {
  const rolesClaim = claims[STAFF_ROLES_CLAIM];
  const isStaff = rolesClaim !== undefined;
  const parsedRoles = isStaff ? staffRolesClaimSchema.safeParse(rolesClaim) : undefined;
  return {
    subject: claims.sub,
    displayName: displayNameOf(claims),
    kind: isStaff ? 'staff' : 'resident',
    roles: parsedRoles?.success ? parsedRoles.data : [],
    language: portalLanguageOf(typeof claims.locale === 'string' ? claims.locale : undefined),
  };
}

function displayNameOf(claims: IdTokenClaims): string {
  const composed = [claims.given_name, claims.family_name].filter(Boolean).join(' ');
  return composed || claims.name || '';
}
