import type { ModuleName, RuntimeRemote } from '@asiointi/platform-federation';
import type { Language } from '@asiointi/platform-i18n';
import { modulePath } from '../pages/module-path';

export interface StaffAreaLink {
  module: ModuleName;
  title: string;
  href: string;
}

/**
 * Links to the staff pages of the modules deployed now, in the manifest's order. A module owns its pages and
 * says in its manifest entry where they are and what they are called; the shell only links there.
 */
export function staffAreaLinks(remotes: readonly RuntimeRemote[], language: Language): StaffAreaLink[] {
  return remotes.flatMap(({ name, staff }) =>
    staff ? [{ module: name, title: staff.title[language], href: `${modulePath(name)}/${staff.path}` }] : [],
  );
}
