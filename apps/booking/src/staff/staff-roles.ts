import { useEffect, useState } from 'react';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';

/** A staff role held in one unit, as the access token's `roles` claim carries it. */
export interface StaffRoleInUnit {
  role: string;
  unitId: string;
}

/** Roles that open the booking module's staff pages; the service still checks each call. */
export const bookingStaffRoles: readonly string[] = [
  'booking-admin',
  'nurse',
  'manager',
  'work-ability-professional',
];

/**
 * The roles claim of a JWT access token. The remote only reads it to offer the staff member's own units:
 * the service verifies the token and decides every call, so nothing here is trusted for access.
 */
export function rolesOfAccessToken(token: string | undefined): StaffRoleInUnit[] {
  const payload = token?.split('.')[1];
  if (!payload) return [];
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    const roles =
      typeof claims === 'object' && claims !== null && 'roles' in claims ? claims.roles : undefined;
    if (!Array.isArray(roles)) return [];
    return roles.flatMap((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { role, unitId } = entry as Record<string, unknown>;
      return typeof role === 'string' && typeof unitId === 'string' ? [{ role, unitId }] : [];
    });
  } catch {
    // Not a JWT (an opaque token): no units to offer.
    return [];
  }
}

export type StaffRolesState = { status: 'loading' } | { status: 'ready'; roles: StaffRoleInUnit[] };

/** The signed-in staff member's booking roles, read from the shell's current access token. */
export function useStaffRoles(auth: Pick<RemoteAuth, 'getAccessToken'>): StaffRolesState {
  const [state, setState] = useState<StaffRolesState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    auth.getAccessToken().then(
      (token) => {
        if (!current) return;
        const roles = rolesOfAccessToken(token).filter(({ role }) => bookingStaffRoles.includes(role));
        setState({ status: 'ready', roles });
      },
      () => {
        if (current) setState({ status: 'ready', roles: [] });
      },
    );
    return () => {
      current = false;
    };
  }, [auth]);
  return state;
}
