// The generator against the real workspace in memory: what it writes and registers, and what it refuses.
// Its module is named "generator-probe", a name no real module takes, so the tests hold in a workspace
// with any modules generated.
// (generated-module.test.ts builds, lints and tests a generated module for real.)
import { describe, expect, it } from 'vitest';
import moduleGenerator from '../src/generators/module/module-generator';
import type { ModuleGeneratorSchema } from '../src/generators/module/module-options';
import { readWorkspaceModules } from '../src/workspace-modules';
import { changedPaths, workspaceTree } from './workspace-tree';

const titles = { titleFi: 'Kouluterveys', titleSv: 'Skolhälsa', titleEn: 'School health' };

function generate(schema: Partial<ModuleGeneratorSchema> & { name: string }) {
  const tree = workspaceTree();
  return { tree, run: moduleGenerator(tree, { ...titles, skipInstall: true, ...schema }) };
}

describe('the module generator', () => {
  it('writes the six projects, a browser smoke test, and every registration', async () => {
    const { tree, run } = generate({ name: 'generator-probe', staffRoles: 'nurse' });
    await run;
    const changed = changedPaths(tree);
    for (const project of [
      'libs/generator-probe/contract',
      'libs/generator-probe/domain',
      'libs/generator-probe/data',
      'libs/generator-probe/api',
      'apps/generator-probe',
      'apps/generator-probe-service',
    ]) {
      expect(changed).toContain(`${project}/package.json`);
    }
    expect(changed).toContain('apps/shell-e2e/test/generator-probe-module.test.ts');
    // Every procedure of the new module, and every one added later, runs through the input harness.
    const harnessTest = 'libs/generator-probe/api/test/generator-probe-input-harness.test.ts';
    expect(changed).toContain(harnessTest);
    expect(tree.read(harnessTest, 'utf-8')).toMatch(/routerProcedures\(generatorProbeRouter\)/);
    expect(tree.read(harnessTest, 'utf-8')).toContain('checkProcedureInputs({');
    expect(changed).toEqual(
      expect.arrayContaining([
        'apps/shell/public/remotes.json',
        'docker/config/remotes.json',
        'docker/compose.yaml',
        'docker/nginx/reverse-proxy.conf',
        'tools/launcher/src/portal-modules.ts',
        'tools/launcher/package.json',
        'apps/shell-e2e/package.json',
        'libs/platform/auth/src/guardianship/acting-scopes.ts',
      ]),
    );
    // Nothing is left as a template.
    expect(changed.filter((path) => path.includes('__'))).toEqual([]);
    expect(changed.some((file) => (tree.read(file, 'utf-8') ?? '').includes('<%'))).toBe(false);

    const module = readWorkspaceModules(tree).find(({ name }) => name === 'generator-probe');
    const others = readWorkspaceModules(workspaceTree());
    expect(module?.title).toEqual({ fi: 'Kouluterveys', sv: 'Skolhälsa', en: 'School health' });
    // Free default ports, after every module's own.
    expect(module?.ports.remote).toBe(Math.max(...others.map((other) => other.ports.remote)) + 1);
    expect(module?.ports.service).toBe(Math.max(...others.map((other) => other.ports.service)) + 1);

    const manifest = JSON.parse(tree.read('apps/shell/public/remotes.json', 'utf-8') ?? '{}');
    expect(manifest.remotes.map((remote: { name: string }) => remote.name)).toContain('generator-probe');
    expect(tree.read('docker/nginx/reverse-proxy.conf', 'utf-8')).toContain(
      'location /api/generator-probe/ {',
    );
    expect(tree.read('docker/compose.yaml', 'utf-8')).toContain('generator_probe_service');
    expect(tree.read('libs/platform/auth/src/guardianship/acting-scopes.ts', 'utf-8')).toMatch(
      /ACTING_SCOPES = \[[^\]]*'generator-probe'[^\]]*\] as const/,
    );
    expect(tree.read('libs/generator-probe/contract/src/staff-access.ts', 'utf-8')).toContain(
      "['nurse', 'manager']",
    );
  });

  it('adds to a module’s contract lib published ahead of it, keeping what is there', async () => {
    // A contract published ahead of its module, as feedback's answer scales once were (feedback is a whole
    // module now, so the test stages one of its own).
    const tree = workspaceTree();
    tree.write(
      'libs/generator-probe/contract/package.json',
      JSON.stringify({
        name: '@asiointi/generator-probe-contract',
        version: '0.1.0',
        private: true,
        type: 'module',
        exports: { '.': './src/index.ts' },
        dependencies: { zod: '*' },
        nx: {
          name: 'generator-probe-contract',
          tags: ['scope:generator-probe', 'type:contract', 'runtime:any'],
        },
      }),
    );
    tree.write(
      'libs/generator-probe/contract/src/answer-scales.ts',
      'export const scale = [1, 2, 3, 4, 5];\n',
    );
    tree.write('libs/generator-probe/contract/src/index.ts', "export * from './answer-scales';\n");
    await moduleGenerator(tree, { ...titles, skipInstall: true, name: 'generator-probe' });
    const index = tree.read('libs/generator-probe/contract/src/index.ts', 'utf-8') ?? '';
    expect(index).toContain('answer-scales');
    expect(index).toContain('addCatalogueEntryInputSchema');
    expect(tree.read('libs/generator-probe/contract/src/answer-scales.ts', 'utf-8')).toBeTruthy();
    const manifest = JSON.parse(tree.read('libs/generator-probe/contract/package.json', 'utf-8') ?? '{}');
    expect(manifest.name).toBe('@asiointi/generator-probe-contract');
    expect(manifest.dependencies['@asiointi/platform-contract']).toBe('*');
    expect(manifest.dependencies.zod).toBe('*');
    expect(changedPaths(tree)).toContain('apps/generator-probe-service/src/generator-probe-service.ts');
    expect(changedPaths(tree).filter((path) => path.startsWith('tmp/'))).toEqual([]);
  });

  it('refuses the name of a module that exists whole, as feedback now does', async () => {
    await expect(generate({ name: 'feedback' }).run).rejects.toThrow(
      /A module named "feedback" exists already/,
    );
  });

  it('refuses a name whose packages another project is already', async () => {
    await expect(generate({ name: 'booking-api' }).run).rejects.toThrow(
      '"booking-api" would make packages that exist already: @asiointi/booking-api (libs/booking/api)',
    );
    await expect(generate({ name: 'platform-stats' }).run).rejects.toThrow(/reserved/);
  });

  it('refuses a name that exists, with a message that says what exists', async () => {
    await expect(generate({ name: 'booking' }).run).rejects.toThrow(
      'A module named "booking" exists already (apps/booking, apps/booking-service, libs/booking/domain, libs/booking/data, libs/booking/api)',
    );
  });

  it('refuses a name that cannot be a module, or is the portal’s own', async () => {
    for (const name of ['School_Health', 'school--health', '9lives', 'a'.repeat(31), 'x', '']) {
      await expect(generate({ name }).run, name).rejects.toThrow(/cannot be a module name/);
    }
    await expect(generate({ name: 'shell' }).run).rejects.toThrow(/reserved/);
  });

  it('refuses a missing title and an unknown staff role', async () => {
    await expect(generate({ name: 'generator-probe', titleSv: '' }).run).rejects.toThrow(
      /title in every language/,
    );
    await expect(generate({ name: 'generator-probe', staffRoles: 'nurse,janitor' }).run).rejects.toThrow(
      /Unknown staff role janitor/,
    );
  });
});
