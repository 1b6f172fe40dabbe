// What a module says about itself in its remote's package.json ("asiointiModule"): the words the portal shows
// for it and its default ports. The registrations (launcher, remotes.json, shell-e2e, docker) are derived
// from these by `npx nx sync`; the generator also writes the ports into the module's own defaults (its
// service's defaultPort, its Vite dev server), which stay the module's to change.
import { localizedTextSchema, moduleNameSchema } from '@asiointi/platform-contract';
import { z } from 'zod';

export { moduleNameSchema };

export const moduleDescriptorSchema = z
  .object({
    title: localizedTextSchema,
    description: localizedTextSchema,
    staff: z
      .object({ path: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/), title: localizedTextSchema })
      .strict()
      .optional(),
    ports: z
      .object({
        remote: z.number().int().min(1024).max(65535),
        service: z.number().int().min(1024).max(65535),
      })
      .strict(),
  })
  .strict();
export type ModuleDescriptor = z.infer<typeof moduleDescriptorSchema>;

export interface WorkspaceModule extends ModuleDescriptor {
  /** The module's name: apps/<name>, apps/<name>-service, libs/<name>/*. */
  name: string;
  version: string;
}

/** "family-centre" -> "familyCentre": the service definition is exported as `${camelCase(name)}Service`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** "family-centre" -> "family_centre": PostgreSQL schema and role names. */
export function snakeCase(name: string): string {
  return name.replaceAll('-', '_');
}

/** "family-centre" -> "FAMILY_CENTRE": environment variable prefixes. */
export function constantCase(name: string): string {
  return snakeCase(name).toUpperCase();
}

export function serviceExportName(name: string): string {
  return `${camelCase(name)}Service`;
}
