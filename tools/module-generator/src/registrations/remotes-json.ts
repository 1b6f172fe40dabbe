// The runtime manifests: the shell's own remotes.json for development (`vite dev` of the shell against
// modules on their default ports) and the one docker compose mounts (every module behind the proxy).
import type { Tree } from '@nx/devkit';
import type { WorkspaceModule } from '../module-descriptor';

export const developmentManifestFile = 'apps/shell/public/remotes.json';
export const dockerManifestFile = 'docker/config/remotes.json';

function entry(module: WorkspaceModule, manifestUrl: string, apiUrl: string) {
  return {
    name: module.name,
    manifestUrl,
    apiUrl,
    version: module.version,
    title: module.title,
    description: module.description,
    ...(module.staff ? { staff: module.staff } : {}),
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function writeRemotesManifests(tree: Tree, modules: readonly WorkspaceModule[]): void {
  tree.write(
    developmentManifestFile,
    json({
      remotes: modules.map((module) =>
        entry(
          module,
          `http://127.0.0.1:${module.ports.remote}/mf-manifest.json`,
          `http://127.0.0.1:${module.ports.service}`,
        ),
      ),
    }),
  );
  tree.write(
    dockerManifestFile,
    json({
      remotes: modules.map((module) =>
        entry(
          module,
          `http://localhost:8080/remotes/${module.name}/mf-manifest.json`,
          `http://localhost:8080/api/${module.name}`,
        ),
      ),
    }),
  );
}
