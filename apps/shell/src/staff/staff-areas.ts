import type { ModuleName, RuntimeRemote } from '@asiointi/platform-federation';
import { modulePath } from '../pages/module-path';

/**
 * The modules that have pages for staff, and where those are under the module's path. The module owns
 * the pages (booking: apps/booking/src/staff/staff-paths.ts); the shell knows only the path, as data.
 */
const staffAreaPaths = { booking: 'staff' } as const satisfies Partial<Record<ModuleName, string>>;

export type ModuleWithStaffArea = keyof typeof staffAreaPaths;

export interface StaffAreaLink {
  module: ModuleWithStaffArea;
  href: string;
}

/** Links to the staff pages of the modules deployed now, in the manifest's order. */
export function staffAreaLinks(remotes: readonly RuntimeRemote[]): StaffAreaLink[] {
  return remotes.flatMap(({ name }) =>
    hasStaffArea(name) ? [{ module: name, href: `${modulePath(name)}/${staffAreaPaths[name]}` }] : [],
  );
}

function hasStaffArea(name: ModuleName): name is ModuleWithStaffArea {
  return Object.hasOwn(staffAreaPaths, name);
}
