import {
  loadRuntimeManifest,
  registerRuntimeRemotes,
  type RuntimeRemote,
} from '@asiointi/platform-federation';

export interface LoadedRemotes {
  remotes: RuntimeRemote[];
  /** remotes.json could not be loaded; the portal still starts, without modules. */
  manifestUnavailable: boolean;
}

/** Reads remotes.json (served next to the shell) and registers its remotes with the runtime. */
export async function loadRemotes(manifestUrl = '/remotes.json'): Promise<LoadedRemotes> {
  try {
    const manifest = await loadRuntimeManifest(manifestUrl);
    registerRuntimeRemotes(manifest);
    return { remotes: manifest.remotes, manifestUnavailable: false };
  } catch (error) {
    console.error(error);
    return { remotes: [], manifestUnavailable: true };
  }
}
