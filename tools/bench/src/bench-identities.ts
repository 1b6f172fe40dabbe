// Signed access tokens for the run, made before any timing starts: issuing them is the identity provider's
// work, verifying them (signature, issuer, audience, claims) is the service's and is in every timed call.
// They are signed with the dev provider's own key, so the service verifies them against its JWKS like any.
import type { IdentityFixture } from '@asiointi/dev-idp/testing';
import { composeIdentityCode } from '@asiointi/platform-auth/identity-code';
import {
  ACR_BY_ASSURANCE_LEVEL,
  IDENTITY_CODE_CLAIM,
  STAFF_ROLES_CLAIM,
} from '@asiointi/platform-auth/principal';
import { addCalendarDays, type PlainDate } from '@asiointi/platform-time';

const tokenLifetimeSeconds = 2 * 60 * 60;
const birthDays = 18_000;
const firstBirthDate: PlainDate = '1950-01-01';

/** A distinct adult test resident per index: a valid identity code, never a real person's. */
export function benchResidentClaims(index: number) {
  const birthDate = addCalendarDays(firstBirthDate, index % birthDays);
  return {
    sub: `bench-booker-${index}`,
    [IDENTITY_CODE_CLAIM]: composeIdentityCode({
      birthDate,
      individualNumber: 2 + Math.floor(index / birthDays),
    }),
    given_name: 'Testi',
    family_name: `Asukas ${index}`,
    locale: 'fi',
    acr: ACR_BY_ASSURANCE_LEVEL.high,
  };
}

export function residentTokens(identity: IdentityFixture, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      identity.mint({ claims: benchResidentClaims(index), expiresIn: tokenLifetimeSeconds }),
    ),
  );
}

/** A manager and booking administrator of every unit, for the figures. */
export function managerToken(identity: IdentityFixture, unitIds: readonly string[]): Promise<string> {
  return identity.mint({
    claims: {
      sub: 'bench-manager',
      given_name: 'Testi',
      family_name: 'Esihenkilö',
      locale: 'fi',
      [STAFF_ROLES_CLAIM]: unitIds.flatMap((unitId) => [
        { role: 'manager', unitId },
        { role: 'booking-admin', unitId },
      ]),
    },
    expiresIn: tokenLifetimeSeconds,
  });
}
