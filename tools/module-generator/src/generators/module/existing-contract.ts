// A module whose contract lib was published ahead of it (feedback's answer scales): the generator adds its
// contract files beside what is there, keeps every existing file, and appends its exports to the index.
import { generateFiles, updateJson, type Tree } from '@nx/devkit';

const scratch = 'tmp/module-generator-contract';

export function addToExistingContract(
  tree: Tree,
  name: string,
  templates: string,
  substitutions: Record<string, unknown>,
): void {
  const contract = `libs/${name}/contract`;
  // Rendered aside first, so the generated index can be merged into the existing one.
  generateFiles(tree, templates, scratch, substitutions);
  for (const file of ['src/catalogue.ts', 'src/errors.ts', 'src/staff-access.ts', 'test/catalogue.test.ts']) {
    const target = `${contract}/${file}`;
    if (tree.exists(target)) throw new Error(`${target} exists already: move it aside, then generate again`);
    tree.write(target, tree.read(`${scratch}/${file}`, 'utf-8') ?? '');
  }
  const index = `${contract}/src/index.ts`;
  const existing = tree.read(index, 'utf-8') ?? '';
  tree.write(index, `${existing.trimEnd()}\n${tree.read(`${scratch}/src/index.ts`, 'utf-8') ?? ''}`);
  tree.delete(scratch);
  updateJson(tree, `${contract}/package.json`, (manifest: { dependencies?: Record<string, string> }) => ({
    ...manifest,
    dependencies: { ...manifest.dependencies, '@asiointi/platform-contract': '*' },
  }));
}
