/** What kind of person is signed in to the portal, if anyone. */
export type PrincipalKind = 'anonymous' | 'resident' | 'staff';

/** The person a resident acts for (a child, or an adult who gave a mandate). */
export interface ActingFor {
  /** The person's OIDC subject as the relations service gives it; never an identity code. */
  subject: string;
  displayName: string;
}

/**
 * A staff role held in one unit, as the shell read it from the sign-in. Remotes use it only to offer
 * the person's own units and sections: their services check the access token on every call.
 */
export interface StaffRoleInUnit {
  unitId: string;
  role: string;
}

/**
 * The portal's sign-in as a remote sees it. The shell owns the session and its tokens; a remote
 * only asks for the current access token when it calls its own service.
 */
export interface RemoteAuth {
  /** The current access token, renewed when needed; undefined when not signed in. */
  getAccessToken(): Promise<string | undefined>;
  /** The person the resident acts for, when not themselves. */
  actingFor: ActingFor | undefined;
  /** Sends the person to sign in, and back to `returnTo` (a portal path; default: where they are). */
  signIn(returnTo?: string): void;
  principalKind: PrincipalKind;
  /** A staff member's roles per unit; empty for anyone else. */
  staffRoles: readonly StaffRoleInUnit[];
}

/** Nobody signed in: for a remote running on its own (development) and for tests. */
export const anonymousRemoteAuth: RemoteAuth = {
  getAccessToken: async () => undefined,
  actingFor: undefined,
  signIn: () => undefined,
  principalKind: 'anonymous',
  staffRoles: [],
};
