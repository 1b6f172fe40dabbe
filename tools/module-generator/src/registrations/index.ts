import type { Tree } from '@nx/devkit';
import type { WorkspaceModule } from '../module-descriptor';
import { actingScopesFile, addActingScope } from './acting-scope';
import { composeFile, reverseProxyFile, writeDockerRegistrations } from './docker-registrations';
import { launcherModulesFile, launcherPackageFile, writeLauncherRegistry } from './launcher-registry';
import { developmentManifestFile, dockerManifestFile, writeRemotesManifests } from './remotes-json';
import { shellE2ePackageFile, writeShellE2eDependencies } from './shell-e2e-dependencies';

/** Every file the registrations write (wholly, or between generated markers). */
export const registrationFiles = [
  launcherModulesFile,
  launcherPackageFile,
  developmentManifestFile,
  dockerManifestFile,
  shellE2ePackageFile,
  composeFile,
  reverseProxyFile,
  actingScopesFile,
] as const;

/** Writes every registration of the portal's modules: what `nx sync` keeps and the module generator adds to. */
export function writeRegistrations(tree: Tree, modules: readonly WorkspaceModule[]): void {
  writeLauncherRegistry(tree, modules);
  writeRemotesManifests(tree, modules);
  writeShellE2eDependencies(tree, modules);
  writeDockerRegistrations(tree, modules);
  // Every module is a scope the relations service decides (others may be listed ahead of their modules).
  for (const module of modules) addActingScope(tree, module.name);
}
