import type { Tree } from '@nx/devkit';
import { moduleDescriptorSchema, moduleNameSchema, type WorkspaceModule } from './module-descriptor';

interface RemotePackageJson {
  version?: string;
  asiointiModule?: unknown;
}

/**
 * The domain modules of the workspace: every apps/<name> whose package.json has an "asiointiModule"
 * descriptor and beside which apps/<name>-service exists, in the order they were made (by remote port).
 * A descriptor that does not validate stops everything with a message that names the file.
 */
export function readWorkspaceModules(tree: Tree): WorkspaceModule[] {
  const modules: WorkspaceModule[] = [];
  for (const folder of tree.children('apps')) {
    const packageFile = `apps/${folder}/package.json`;
    if (!tree.exists(packageFile)) continue;
    const manifest = JSON.parse(tree.read(packageFile, 'utf-8') ?? '{}') as RemotePackageJson;
    if (manifest.asiointiModule === undefined) continue;
    if (!moduleNameSchema.safeParse(folder).success)
      throw new Error(`${packageFile}: "${folder}" is not a module name`);
    const parsed = moduleDescriptorSchema.safeParse(manifest.asiointiModule);
    if (!parsed.success) {
      throw new Error(
        `${packageFile}: asiointiModule is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      );
    }
    if (!tree.exists(`apps/${folder}-service/package.json`)) {
      throw new Error(`${packageFile} describes a module, but apps/${folder}-service does not exist`);
    }
    modules.push({ name: folder, version: manifest.version ?? '0.0.0', ...parsed.data });
  }
  return modules.sort((a, b) => a.ports.remote - b.ports.remote || a.name.localeCompare(b.name));
}
