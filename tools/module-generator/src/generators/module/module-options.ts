// The generator's options, checked before anything is written: a name that cannot be a module, a module
// that exists, a missing title or an unknown staff role stops it with a message that says which.
import { STAFF_ROLES, type StaffRole } from '@asiointi/platform-auth/principal';
import { localizedTextSchema, type LocalizedText } from '@asiointi/platform-contract';
import type { Tree } from '@nx/devkit';
import { moduleNameSchema } from '../../module-descriptor';

export interface ModuleGeneratorSchema {
  name: string;
  titleFi: string;
  titleSv: string;
  titleEn: string;
  descriptionFi?: string;
  descriptionSv?: string;
  descriptionEn?: string;
  staffRoles?: string;
  skipInstall?: boolean;
}

export interface ModuleOptions {
  name: string;
  title: LocalizedText;
  description: LocalizedText;
  /** The module's own staff roles; managers are always added where figures are read. */
  staffRoles: StaffRole[];
  skipInstall: boolean;
  /**
   * The module's contract lib exists already (published ahead of the module, as feedback's answer scales):
   * the generator adds its files to it and keeps what is there.
   */
  existingContract: boolean;
}

/** Names the portal or the workspace already uses for something else. */
const reservedNames = new Set([
  'shell',
  'platform',
  'tools',
  'api',
  'apps',
  'libs',
  'remotes',
  'assets',
  'dev-idp',
  'launcher',
  'bench',
  'accessibility',
  'auth',
  'data-access',
  'guardian-permissions',
  'signed-out',
  'staff',
  'workspace-checks',
  'module-generator',
  'service-bundler',
  'test-runner',
]);

export class ModuleGeneratorError extends Error {
  override readonly name = 'ModuleGeneratorError';
}

/** The folders the generator writes whole; a contract lib of the module may exist already. */
function writtenParts(name: string): string[] {
  return [
    `apps/${name}`,
    `apps/${name}-service`,
    ...['domain', 'data', 'api'].map((layer) => `libs/${name}/${layer}`),
  ];
}

/** Every project's package name, with its folder (apps/*, libs/<scope>/*, tools/*). */
function workspacePackages(tree: Tree): Map<string, string> {
  const folders = [
    ...['apps', 'tools'].flatMap((top) => tree.children(top).map((child) => `${top}/${child}`)),
    ...tree
      .children('libs')
      .flatMap((scope) => tree.children(`libs/${scope}`).map((child) => `libs/${scope}/${child}`)),
  ];
  const packages = new Map<string, string>();
  for (const folder of folders) {
    const manifest = tree.read(`${folder}/package.json`, 'utf-8');
    if (manifest) packages.set((JSON.parse(manifest) as { name: string }).name, folder);
  }
  return packages;
}

/** A package the module would create that some other project already is (e.g. a module named "booking-api"). */
function clashingPackages(tree: Tree, name: string): string[] {
  const packages = workspacePackages(tree);
  const planned = {
    [`@asiointi/${name}`]: `apps/${name}`,
    [`@asiointi/${name}-service`]: `apps/${name}-service`,
    ...Object.fromEntries(
      ['contract', 'domain', 'data', 'api'].map((layer) => [
        `@asiointi/${name}-${layer}`,
        `libs/${name}/${layer}`,
      ]),
    ),
  };
  return Object.entries(planned).flatMap(([packageName, folder]) => {
    const owner = packages.get(packageName);
    return owner !== undefined && owner !== folder ? [`${packageName} (${owner})`] : [];
  });
}

export function checkModuleOptions(tree: Tree, schema: ModuleGeneratorSchema): ModuleOptions {
  const name = schema.name?.trim() ?? '';
  // 30, not the 40 a module name may have: the generator adds "-service" and "-contract" to it.
  if (!moduleNameSchema.safeParse(name).success || name.length > 30) {
    throw new ModuleGeneratorError(
      `"${name}" cannot be a module name: use lower-case words joined by hyphens, 2 to 30 characters (e.g. school-health)`,
    );
  }
  if (reservedNames.has(name) || name.startsWith('platform')) {
    throw new ModuleGeneratorError(`"${name}" is reserved for the portal itself`);
  }
  const existing = writtenParts(name).filter((path) => tree.exists(path));
  if (existing.length > 0) {
    throw new ModuleGeneratorError(
      `A module named "${name}" exists already (${existing.join(', ')}); choose another name, or change that module by hand`,
    );
  }
  const clashes = clashingPackages(tree, name);
  if (clashes.length > 0) {
    throw new ModuleGeneratorError(`"${name}" would make packages that exist already: ${clashes.join(', ')}`);
  }
  const title = localizedTextSchema.safeParse({ fi: schema.titleFi, sv: schema.titleSv, en: schema.titleEn });
  if (!title.success) {
    throw new ModuleGeneratorError(
      'Give the title in every language: --title-fi, --title-sv and --title-en (up to 500 characters)',
    );
  }
  const description = localizedTextSchema.safeParse({
    fi: schema.descriptionFi ?? `${title.data.fi} verkossa.`,
    sv: schema.descriptionSv ?? `${title.data.sv} på nätet.`,
    en: schema.descriptionEn ?? `${title.data.en} online.`,
  });
  if (!description.success)
    throw new ModuleGeneratorError('A description is up to 500 characters in each language');
  const roles = (schema.staffRoles ?? 'manager')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !(STAFF_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) {
    throw new ModuleGeneratorError(
      `Unknown staff role ${unknown.join(', ')}: the roles are ${STAFF_ROLES.join(', ')}`,
    );
  }
  return {
    name,
    title: title.data,
    description: description.data,
    staffRoles: [...new Set(roles as StaffRole[])],
    skipInstall: schema.skipInstall ?? false,
    existingContract: tree.exists(`libs/${name}/contract/package.json`),
  };
}
