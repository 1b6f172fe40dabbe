// `npx nx sync` (a global sync generator in nx.json): rewrites the portal's registrations from the modules
// that exist. `npx nx sync:check`, and the workspace's own test of it, fail when they have drifted.
import { formatFiles, type Tree } from '@nx/devkit';
import type { SyncGeneratorResult } from 'nx/src/utils/sync-generators';
import { registrationFiles, writeRegistrations } from '../../registrations';
import { readWorkspaceModules } from '../../workspace-modules';

export default async function syncRegistrations(tree: Tree): Promise<SyncGeneratorResult> {
  const before = new Map(registrationFiles.map((file) => [file, tree.read(file, 'utf-8')]));
  writeRegistrations(tree, readWorkspaceModules(tree));
  // As the workspace's formatter writes them, so that formatting a registration file is no drift.
  await formatFiles(tree);
  const changed = registrationFiles.filter((file) => tree.read(file, 'utf-8') !== before.get(file));
  if (changed.length === 0) return;
  return {
    outOfSyncMessage:
      'The portal registrations (launcher, remotes.json, shell-e2e, docker) differ from the modules that exist.',
    outOfSyncDetails: changed,
  };
}
