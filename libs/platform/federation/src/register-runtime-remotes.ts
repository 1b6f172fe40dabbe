import { registerPlugins, registerRemotes } from '@module-federation/runtime';
import { remoteFallbackPlugin } from './remote-fallback-plugin';
import { federationNameOf, type RuntimeManifest } from '@asiointi/platform-contract';

export interface FederationRuntime {
  registerRemotes: typeof registerRemotes;
  registerPlugins: typeof registerPlugins;
}

/**
 * Tells the federation runtime (the instance the host's Vite plugin initialised) where each remote
 * is, and installs the fallback plugin. Entries are mf-manifest.json URLs: the runtime reads the
 * remote's entry and shared modules from there.
 */
export function registerRuntimeRemotes(
  manifest: RuntimeManifest,
  runtime: FederationRuntime = { registerRemotes, registerPlugins },
): void {
  runtime.registerPlugins([remoteFallbackPlugin()]);
  runtime.registerRemotes(
    manifest.remotes.map(({ name, manifestUrl }) => ({ name: federationNameOf(name), entry: manifestUrl })),
    // A second call (e.g. after a manifest reload) may move a remote.
    { force: true },
  );
}
