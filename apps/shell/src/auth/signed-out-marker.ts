// Remembers, for this browser tab only, that the person signed out here: after a reload the shell
// then does not sign them straight back in from the provider's session. Holds no token or name.
const key = 'asiointi.auth.signedOut';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export const signedOutMarker = {
  set(): void {
    try {
      storage()?.setItem(key, '1');
    } catch {
      // Without storage a reload may sign the person in again silently: the provider's session decides.
    }
  },
  clear(): void {
    try {
      storage()?.removeItem(key);
    } catch {
      // As above.
    }
  },
  isSet(): boolean {
    try {
      return storage()?.getItem(key) === '1';
    } catch {
      return false;
    }
  },
};
