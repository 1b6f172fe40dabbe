import type { Tree } from '@nx/devkit';
import type { WorkspaceModule } from '../module-descriptor';
import { writeDockerRegistrations } from './docker-registrations';
import { writeLauncherRegistry } from './launcher-registry';
import { writeRemotesManifests } from './remotes-json';
import { writeShellE2eDependencies } from './shell-e2e-dependencies';

/** Writes every registration of the portal's modules: what `nx sync` keeps and the module generator adds to. */
export function writeRegistrations(tree: Tree, modules: readonly WorkspaceModule[]): void {
  writeLauncherRegistry(tree, modules);
  writeRemotesManifests(tree, modules);
  writeShellE2eDependencies(tree, modules);
  writeDockerRegistrations(tree, modules);
}
