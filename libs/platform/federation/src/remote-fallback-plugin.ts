import type { ModuleFederationRuntimePlugin } from '@module-federation/runtime';
import { remoteLoadFailure } from './remote-load-failure';

/**
 * A runtime plugin: when a remote cannot be loaded (its server is down, its manifest or entry is
 * broken), `loadRemote` resolves to a failure marker instead of rejecting, so nothing goes
 * unhandled and RemoteBoundary shows its translated fallback.
 */
export function remoteFallbackPlugin(): ModuleFederationRuntimePlugin {
  return {
    name: 'asiointi-remote-fallback',
    errorLoadRemote({ id, error, lifecycle }) {
      // Only the outermost stage answers. Earlier stages (manifest fetch, entry) return nothing:
      // their error then reaches 'onLoad', and the runtime drops the failed manifest from its cache,
      // so a retry fetches it again.
      if (lifecycle !== 'onLoad') return undefined;
      console.error(`Remote ${id} could not be loaded`, error);
      return remoteLoadFailure(id, error);
    },
  };
}
