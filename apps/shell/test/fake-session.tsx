import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { PortalSessionContext, type PortalSession } from '../src/auth/portal-session';
import type { SignedInPerson } from '../src/auth/signed-in-person';
import { kaijonharjuUnitId } from './unit-directory-fixture';

export const relationsUrl = 'http://127.0.0.1:4500/relations';
export const unitsUrl = 'http://127.0.0.1:4500/units';

export const anna: SignedInPerson = {
  subject: 'a51d0000-0000-4000-8000-000000000001',
  displayName: 'Anna Virtanen',
  kind: 'resident',
  roles: [],
};

export const aino: SignedInPerson = {
  subject: 'a51d0000-0000-4000-8000-000000000003',
  displayName: 'Aino Virtanen',
  kind: 'resident',
  roles: [],
};

export const nurseSari: SignedInPerson = {
  subject: '57aff000-0000-4000-8000-000000000002',
  displayName: 'Sari Niemi',
  kind: 'staff',
  roles: [{ role: 'nurse', unitId: kaijonharjuUnitId }],
};

/** A session as the OIDC bridge would give it, with spies for sign-in and sign-out. */
export function fakeSession(overrides: Partial<PortalSession> = {}): PortalSession {
  return {
    status: 'anonymous',
    person: undefined,
    notice: undefined,
    dismissNotice: vi.fn(),
    getAccessToken: async () => undefined,
    signIn: vi.fn(),
    signOut: vi.fn(async () => undefined),
    idleMinutes: 15,
    relationsUrl,
    unitsUrl,
    signedOutReason: undefined,
    ...overrides,
  };
}

export function signedInAs(person: SignedInPerson, overrides: Partial<PortalSession> = {}): PortalSession {
  return fakeSession({
    status: 'signed-in',
    person,
    getAccessToken: async () => `token-of-${person.subject}`,
    ...overrides,
  });
}

export function sessionProviderOf(session: PortalSession) {
  return function FakeSessionProvider({ children }: { children: ReactNode }) {
    return <PortalSessionContext.Provider value={session}>{children}</PortalSessionContext.Provider>;
  };
}
