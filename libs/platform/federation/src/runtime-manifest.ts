import { z } from 'zod';

/** The portal's modules; a remote's name in the manifest must be one of these. */
export const moduleNames = ['booking', 'family-centre', 'work-ability', 'feedback'] as const;
export const moduleNameSchema = z.enum(moduleNames);
export type ModuleName = z.infer<typeof moduleNameSchema>;

const httpUrlSchema = z.url({ protocol: /^https?$/ });

export const runtimeRemoteSchema = z.object({
  name: moduleNameSchema,
  /** The remote's mf-manifest.json; its chunks resolve relative to it, wherever it is served. */
  manifestUrl: httpUrlSchema,
  /** Base URL of the module's own service; the remote calls `${apiUrl}/trpc`. */
  apiUrl: httpUrlSchema,
  /** The deployed version, for support and cache busting. */
  version: z.string().min(1),
});
export type RuntimeRemote = z.infer<typeof runtimeRemoteSchema>;

/**
 * remotes.json, served next to the shell: which modules are deployed and where. Moving or
 * shipping a remote changes only this file, never the shell's build.
 */
export const runtimeManifestSchema = z
  .object({ remotes: z.array(runtimeRemoteSchema) })
  .superRefine(({ remotes }, ctx) => {
    const seen = new Set<string>();
    remotes.forEach(({ name }, index) => {
      if (seen.has(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `Remote "${name}" is listed twice`,
          path: ['remotes', index, 'name'],
        });
      }
      seen.add(name);
    });
  });
export type RuntimeManifest = z.infer<typeof runtimeManifestSchema>;
