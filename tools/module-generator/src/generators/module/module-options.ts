// The generator's options, checked before anything is written: a name that cannot be a module, a module
// that exists, a missing title or an unknown staff role stops it with a message that says which.
import { STAFF_ROLES, type StaffRole } from '@asiointi/platform-auth/principal';
import { localizedTextSchema, type LocalizedText } from '@asiointi/platform-contract';
import type { Tree } from '@nx/devkit';
import { moduleNamePattern } from '../../module-descriptor';

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

function existingParts(tree: Tree, name: string): string[] {
  return [`apps/${name}`, `apps/${name}-service`, `libs/${name}`].filter((path) => tree.exists(path));
}

export function checkModuleOptions(tree: Tree, schema: ModuleGeneratorSchema): ModuleOptions {
  const name = schema.name?.trim() ?? '';
  if (!moduleNamePattern.test(name) || name.length > 30) {
    throw new ModuleGeneratorError(
      `"${name}" cannot be a module name: use lower-case words joined by hyphens, at most 30 characters (e.g. school-health)`,
    );
  }
  if (reservedNames.has(name)) throw new ModuleGeneratorError(`"${name}" is reserved for the portal itself`);
  const existing = existingParts(tree, name);
  if (existing.length > 0) {
    throw new ModuleGeneratorError(
      `A module named "${name}" exists already (${existing.join(', ')}); choose another name, or change that module by hand`,
    );
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
  };
}
