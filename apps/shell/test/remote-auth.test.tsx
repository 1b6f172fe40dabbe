import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRemoteAuth } from '../src/app/use-remote-auth';
import type { PortalSession } from '../src/auth/portal-session';
import { anna, fakeSession, nurseSari, sessionProviderOf, signedInAs } from './fake-session';
import { kaijonharjuUnitId } from './unit-directory-fixture';

function remoteAuthIn(session: PortalSession) {
  return renderHook(() => useRemoteAuth(), { wrapper: sessionProviderOf(session) });
}

describe('the auth a remote gets', () => {
  it("gives a staff member's roles per unit, from the session", async () => {
    const { result } = remoteAuthIn(signedInAs(nurseSari));
    expect(result.current.principalKind).toBe('staff');
    expect(result.current.staffRoles).toEqual([{ role: 'nurse', unitId: kaijonharjuUnitId }]);
    await expect(result.current.getAccessToken()).resolves.toBe(`token-of-${nurseSari.subject}`);
  });

  it('gives no roles to a resident or to someone not signed in', () => {
    expect(remoteAuthIn(signedInAs(anna)).result.current).toMatchObject({
      principalKind: 'resident',
      staffRoles: [],
    });
    expect(remoteAuthIn(fakeSession()).result.current).toMatchObject({
      principalKind: 'anonymous',
      staffRoles: [],
    });
  });

  it('keeps the same object between renders, so remotes do not rebuild their clients', () => {
    const { result, rerender } = remoteAuthIn(signedInAs(nurseSari));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
