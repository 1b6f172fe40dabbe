import type { ResidentPrincipal, StaffPrincipal } from '@asiointi/platform-auth';

/** A request without a token: allowed to reach public procedures only. */
export interface AnonymousPrincipal {
  kind: 'anonymous';
}

/** Who is calling, as verified from the bearer token. */
export type CallerPrincipal = AnonymousPrincipal | ResidentPrincipal | StaffPrincipal;

export const anonymousPrincipal: AnonymousPrincipal = Object.freeze({ kind: 'anonymous' });
