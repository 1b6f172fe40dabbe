// The real workspace as an Nx tree whose writes stay in memory: generators run against it without
// touching a file, and listChanges() says what they would write.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FsTree } from 'nx/src/generators/tree';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function workspaceTree(): FsTree {
  return new FsTree(workspaceRoot, false);
}

export function changedPaths(tree: FsTree): string[] {
  return tree
    .listChanges()
    .map((change) => change.path)
    .sort();
}
