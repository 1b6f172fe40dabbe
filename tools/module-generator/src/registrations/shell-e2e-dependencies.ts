// The portal's browser tests start every module: Nx must build each remote and service before them and
// run them again when one changes.
import { updateJson, type Tree } from '@nx/devkit';
import type { WorkspaceModule } from '../module-descriptor';

export const shellE2ePackageFile = 'apps/shell-e2e/package.json';

export function writeShellE2eDependencies(tree: Tree, modules: readonly WorkspaceModule[]): void {
  updateJson(tree, shellE2ePackageFile, (manifest: { nx: { implicitDependencies?: string[] } }) => {
    manifest.nx.implicitDependencies = [
      'shell',
      ...modules.flatMap((module) => [module.name, `${module.name}-service`]),
    ];
    return manifest;
  });
}
