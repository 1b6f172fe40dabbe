// A symbol from the global registry, so the marker is recognised even when this library is
// bundled twice (the shell's copy and a remote's).
const remoteLoadFailed = Symbol.for('asiointi.remoteLoadFailed');

/** What a failed `loadRemote` resolves to instead of rejecting (see remoteFallbackPlugin). */
export interface RemoteLoadFailure {
  readonly [remoteLoadFailed]: true;
  readonly id: string;
  readonly error: unknown;
}

export function remoteLoadFailure(id: string, error: unknown): RemoteLoadFailure {
  return { [remoteLoadFailed]: true, id, error };
}

export function isRemoteLoadFailure(value: unknown): value is RemoteLoadFailure {
  return typeof value === 'object' && value !== null && remoteLoadFailed in value;
}
