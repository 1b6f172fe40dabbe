// From verified token claims to a typed principal. A token with a roles claim is a staff token and must
// not carry an identity code; any other token is a resident's and must carry a valid one.
import { z } from 'zod';
import { identityCodeSchema } from '../identity-code/identity-code-schema';
import type { IdentityCodeOptions } from '../identity-code/identity-code';
import { assuranceLevelFromAcrSchema } from './assurance-level';
import { IDENTITY_CODE_CLAIM, STAFF_ROLES_CLAIM } from './claim-names';
import { languageFromLocaleSchema } from './language';
import type { Principal, ResidentPrincipal, StaffPrincipal } from './principal';
import { staffRolesClaimSchema } from './staff-role';

const subjectSchema = z.string().min(1).max(255);
const nameSchema = z.string().trim().min(1).max(200);

export function residentClaimsSchema(identityCodes: IdentityCodeOptions) {
  return z
    .object({
      sub: subjectSchema,
      [IDENTITY_CODE_CLAIM]: identityCodeSchema(identityCodes),
      given_name: nameSchema,
      family_name: nameSchema,
      locale: languageFromLocaleSchema,
      acr: assuranceLevelFromAcrSchema,
    })
    .transform(
      (claims): ResidentPrincipal => ({
        kind: 'resident',
        subject: claims.sub,
        identityCode: claims[IDENTITY_CODE_CLAIM],
        name: { given: claims.given_name, family: claims.family_name },
        language: claims.locale,
        assuranceLevel: claims.acr,
      }),
    );
}

export const staffClaimsSchema = z
  .object({
    sub: subjectSchema,
    given_name: nameSchema,
    family_name: nameSchema,
    locale: languageFromLocaleSchema,
    [STAFF_ROLES_CLAIM]: staffRolesClaimSchema,
    // Staff tokens carry no identity code: one that does is refused rather than half-trusted.
    [IDENTITY_CODE_CLAIM]: z.never().optional(),
  })
  .transform(
    (claims): StaffPrincipal => ({
      kind: 'staff',
      subject: claims.sub,
      name: { given: claims.given_name, family: claims.family_name },
      language: claims.locale,
      roles: claims[STAFF_ROLES_CLAIM],
    }),
  );

export interface PrincipalClaimsOptions {
  identityCodes?: IdentityCodeOptions;
}

export type PrincipalClaimsResult =
  | { success: true; principal: Principal }
  /** The names of the claims that failed, never their values. */
  | { success: false; failedClaims: string[] };

/** Chooses the staff or resident schema by the presence of the roles claim and parses with it. */
export function parsePrincipalClaims(
  claims: Record<string, unknown>,
  options: PrincipalClaimsOptions = {},
): PrincipalClaimsResult {
  const schema = claims[STAFF_ROLES_CLAIM] === undefined ? residentClaimsSchema(options.identityCodes ?? {}) : staffClaimsSchema;
  const parsed = schema.safeParse(claims);
  if (parsed.success) return { success: true, principal: parsed.data };
  const failedClaims = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '(claims)')))];
  return { success: false, failedClaims };
}
