import { z } from 'zod';

/**
 * A module's name: its path in the portal (/family-centre), its Nx scope, its service's audit name, its
 * acting scope and its figures' module. Lower-case words joined by hyphens, 2 to 40 characters.
 */
export const moduleNameSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a module name is lower-case words joined by hyphens');
export type ModuleName = z.infer<typeof moduleNameSchema>;

/**
 * The name a module's remote has in the federation runtime (its Vite config's `name`): the module's name
 * with underscores for hyphens, since federation names become JavaScript identifiers.
 */
export function federationNameOf(name: ModuleName): string {
  return name.replaceAll('-', '_');
}
