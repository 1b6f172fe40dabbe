// The registrations derived from the modules (launcher, remotes.json, shell-e2e, docker) are exactly what
// the modules say: this is the check that fails CI when they drift (as `npx nx sync:check` would).
import { describe, expect, it } from 'vitest';
import syncRegistrations from '../src/generators/sync/sync-registrations';
import { developmentManifestFile } from '../src/registrations/remotes-json';
import { readWorkspaceModules } from '../src/workspace-modules';
import { changedPaths, workspaceTree } from './workspace-tree';

describe('the portal registrations', () => {
  it('match the modules that exist', async () => {
    const tree = workspaceTree();
    const result = await syncRegistrations(tree);
    expect(changedPaths(tree), 'run `npx nx sync` and commit what it writes').toEqual([]);
    expect(result).toBeUndefined();
    expect(readWorkspaceModules(tree).map((module) => module.name)).toContain('booking');
  });

  it('are written again, and reported out of sync, when one has drifted', async () => {
    const tree = workspaceTree();
    const original = tree.read(developmentManifestFile, 'utf-8');
    tree.write(developmentManifestFile, '{ "remotes": [] }\n');
    const result = await syncRegistrations(tree);
    expect(result).toMatchObject({ outOfSyncDetails: [developmentManifestFile] });
    expect(tree.read(developmentManifestFile, 'utf-8')).toBe(original);
  });

  it('refuse a module descriptor that does not validate, naming the file', () => {
    const tree = workspaceTree();
    const manifest = JSON.parse(tree.read('apps/booking/package.json', 'utf-8') ?? '{}');
    manifest.asiointiModule.title = { fi: 'Ajanvaraus' };
    tree.write('apps/booking/package.json', JSON.stringify(manifest));
    expect(() => readWorkspaceModules(tree)).toThrow(
      /apps\/booking\/package\.json: asiointiModule is not valid: title\.sv/,
    );
  });
});
