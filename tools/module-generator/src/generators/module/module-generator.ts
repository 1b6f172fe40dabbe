// `npx nx g @asiointi/module-generator:module <name> --title-fi=… --title-sv=… --title-en=…`: the six projects
// of a domain module (contract, domain, data and api libs, the remote and the service), a browser smoke
// test, and its registrations (launcher, remotes.json, shell-e2e, docker, acting scope). Then drizzle-kit
// writes its first migrations and npm links the new packages.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { federationNameOf } from '@asiointi/platform-contract';
import { formatFiles, generateFiles, type GeneratorCallback, type Tree } from '@nx/devkit';
import { camelCase, constantCase, snakeCase, type WorkspaceModule } from '../../module-descriptor';
import { writeRegistrations } from '../../registrations';
import { tsLiteral } from '../../ts-literal';
import { readWorkspaceModules } from '../../workspace-modules';
import { addToExistingContract } from './existing-contract';
import { writeFirstMigrations } from './first-migration';
import { checkModuleOptions, type ModuleGeneratorSchema } from './module-options';
import { freePorts } from './module-ports';

export default async function moduleGenerator(
  tree: Tree,
  schema: ModuleGeneratorSchema,
): Promise<GeneratorCallback> {
  const options = checkModuleOptions(tree, schema);
  const { name } = options;
  const ports = freePorts(readWorkspaceModules(tree));
  const pascal = camelCase(name).replace(/^./, (letter) => letter.toUpperCase());
  const module: WorkspaceModule = {
    name,
    version: '0.1.0',
    title: options.title,
    description: options.description,
    staff: {
      path: 'staff',
      title: {
        fi: `${options.title.fi}: henkilöstö`,
        sv: `${options.title.sv}: personal`,
        en: `${options.title.en}: staff`,
      },
    },
    ports,
  };
  const substitutions = {
    tmpl: '',
    name,
    camel: camelCase(name),
    pascal,
    snake: snakeCase(name),
    constant: constantCase(name),
    federationName: federationNameOf(name),
    module,
    staffRoles: options.staffRoles,
    json: (value: unknown) => JSON.stringify(value),
    literal: tsLiteral,
  };
  const files = path.join(import.meta.dirname, 'files');
  for (const folder of [
    'apps/__name__',
    'apps/__name__-service',
    'apps/shell-e2e',
    'libs/__name__/domain',
    'libs/__name__/data',
    'libs/__name__/api',
  ]) {
    generateFiles(tree, path.join(files, folder), folder.replaceAll('__name__', name), substitutions);
  }
  const contractFiles = path.join(files, 'libs/__name__/contract');
  if (options.existingContract) addToExistingContract(tree, name, contractFiles, substitutions);
  else generateFiles(tree, contractFiles, `libs/${name}/contract`, substitutions);
  writeRegistrations(tree, readWorkspaceModules(tree));
  // As the workspace's formatter writes them, so that `nx sync` finds them unchanged.
  await formatFiles(tree);

  return () => {
    writeFirstMigrations(tree.root, `libs/${name}/data`, snakeCase(name));
    if (!options.skipInstall) {
      // Links the new packages into node_modules and records them in package-lock.json (npm ci needs both).
      execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: tree.root, stdio: 'inherit' });
    }
  };
}
